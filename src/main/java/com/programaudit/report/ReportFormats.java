package com.programaudit.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The formats by name, as `--format` takes them. */
public final class ReportFormats {
    private static final Map<String, ReportFormat> FORMATS = new LinkedHashMap<>();

    static {
        register(new TextReport());
        register(new JsonReport());
    }

    private ReportFormats() { }

    private static void register(ReportFormat format) { FORMATS.put(format.name(), format); }

    public static Optional<ReportFormat> byName(String name) { return Optional.ofNullable(FORMATS.get(name)); }

    public static java.util.Set<String> names() { return FORMATS.keySet(); }
}
