package com.programaudit.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The formats by name, as `--format` takes them. */
public final class ReportFormats {
    /** The annotated copy of the coach's workbook ({@link AnnotatedWorkbook}): binary, so not a ReportFormat. */
    public static final String WORKBOOK = "xlsx";
    private static final Map<String, ReportFormat> FORMATS = new LinkedHashMap<>();

    static {
        register(new TextReport());
        register(new JsonReport());
        register(new HtmlReport());
        register(new MarkdownReport());
    }

    private ReportFormats() { }

    private static void register(ReportFormat format) { FORMATS.put(format.name(), format); }

    public static Optional<ReportFormat> byName(String name) { return Optional.ofNullable(FORMATS.get(name)); }

    public static java.util.Set<String> names() { return FORMATS.keySet(); }
}
