package com.programaudit.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Words that make an exercise conditioning (sprints, bike, metcon), read from
 * {@code rules/catalog/conditioning.csv}: its all-out effort is not lifting failure.
 */
public final class ConditioningWords {
    public static final String FILE = "conditioning.csv";
    private static final ConditioningWords NONE = new ConditioningWords(null);

    private final Pattern words;

    private ConditioningWords(Pattern words) { this.words = words; }

    public static ConditioningWords none() { return NONE; }

    /** The folder's word list, or none when the file is missing. */
    public static ConditioningWords load(Path folder) throws CatalogException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) return NONE;
        List<String> list = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
            for (CSVRecord row : parser) {
                String word = row.get("word").strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) list.add(word);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CatalogException(file + ": cannot read the conditioning words: " + e.getMessage());
        }
        if (list.isEmpty()) return NONE;
        String alternatives = list.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        return new ConditioningWords(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Whether the text names conditioning work ("Air Bike Sprints", "Muscle Endurance AMRAP"). */
    public boolean matches(String text) {
        return words != null && text != null && words.matcher(text).find();
    }
}
