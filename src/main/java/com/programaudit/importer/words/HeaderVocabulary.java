package com.programaudit.importer.words;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The header words of {@code rules/vocabulary/headers.csv} (column,language,word): which table column
 * a header names, in every language a coach or an app writes. Data, so a new app's export or a new
 * language is a line in the rules folder rather than a code change.
 */
public final class HeaderVocabulary {
    public static final String FILE = "vocabulary/headers.csv";

    private final Map<Column, List<String>> words;

    private HeaderVocabulary(Map<Column, List<String>> words) { this.words = words; }

    /** Words by column, in enum order then file order (earlier columns win a header that starts with two words). */
    public Map<Column, List<String>> words() { return words; }

    /** Reads the rules folder's vocabulary; each bad line is added to {@code problems} as "file:line: message". */
    public static HeaderVocabulary load(Path rulesFolder, List<String> problems) {
        Path file = rulesFolder.resolve(FILE);
        Map<Column, List<String>> words = new EnumMap<>(Column.class);
        if (!Files.isRegularFile(file)) {
            problems.add(FILE + ":0: the header vocabulary is missing: no table could be read");
            return new HeaderVocabulary(words);
        }
        Map<String, Column> seen = new java.util.HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (CSVRecord row : parser) {
                String where = FILE + ":" + (row.getRecordNumber() + 1) + ": ";
                if (row.size() != 3) {
                    problems.add(where + "expected column,language,word");
                    continue;
                }
                Column column = column(row.get(0));
                String word = row.get(2).strip();
                String key = HeaderWords.normalize(word);
                if (column == null) {
                    problems.add(where + "'" + row.get(0) + "' is not a column; one of " + List.of(Column.values()));
                } else if (key.isEmpty()) {
                    problems.add(where + "the word is empty once case and punctuation are ignored");
                } else if (seen.containsKey(key) && seen.get(key) != column) {
                    problems.add(where + "'" + word + "' already names " + seen.get(key));
                } else {
                    seen.put(key, column);
                    words.computeIfAbsent(column, c -> new ArrayList<>()).add(word);
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(FILE + ":0: cannot read the header vocabulary: " + e.getMessage());
        }
        return new HeaderVocabulary(words);
    }

    private static Column column(String name) {
        try {
            return Column.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
