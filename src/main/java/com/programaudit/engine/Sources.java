package com.programaudit.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The articles rules cite: key → readable citation and seed file, from {@code rules/sources.csv}. */
public final class Sources {
    public static final String FILE = "sources.csv";
    /** {@code @sources("none")}: the rule rests on no article (data-quality checks), said on purpose. */
    public static final String NONE = "none";

    public record Source(String key, String citation, String seedFile) { }

    private final Map<String, Source> byKey;

    private Sources(Map<String, Source> byKey) { this.byKey = byKey; }

    public static Sources load(Path rulesFolder) throws RuleLoadException {
        Path file = rulesFolder.resolve(FILE);
        Map<String, Source> byKey = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setCommentMarker('#').build().parse(reader)) {
            for (CSVRecord row : parser) {
                byKey.put(row.get("key").strip(), new Source(row.get("key").strip(), row.get("citation").strip(),
                        row.get("seed_file").strip()));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new RuleLoadException(FILE + ":0: cannot read the sources list: " + e.getMessage());
        }
        return new Sources(byKey);
    }

    public Source get(String key) { return byKey.get(key); }

    public boolean has(String key) { return byKey.containsKey(key); }

    public Map<String, Source> all() { return byKey; }
}
