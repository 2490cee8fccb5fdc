package com.programaudit.layout;

import com.programaudit.importer.words.Column;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the layout mapping files ({@code rules/layouts/*.properties}): lines {@code field = Header | Other header},
 * {@code #} comments, and an optional {@code sheet = Name}. Every problem is reported as
 * {@code layouts/FILE:LINE: message}, as {@code rules check} prints it.
 */
public final class LayoutMappings {
    public static final String FOLDER = "layouts";
    /** The fields a header can be mapped to, as the log table reads them. */
    /** The field names a mapping file may use: the importer's columns, named by their keys. */
    public static final Set<String> FIELDS = Arrays.stream(Column.values()).map(Column::key)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private LayoutMappings() { }

    /** All mapping files of {@code rulesFolder/layouts}, in name order; none when the folder is absent. */
    public static List<LayoutMapping> load(Path rulesFolder, List<String> problems) {
        Path folder = rulesFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) return List.of();
        List<LayoutMapping> mappings = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                String where = FOLDER + "/" + file.getFileName();
                try {
                    read(where, Files.readAllLines(file, StandardCharsets.UTF_8), problems).ifPresent(mappings::add);
                } catch (IOException e) {
                    problems.add(where + ":0: cannot read: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(FOLDER + ":0: cannot list the layouts folder: " + e.getMessage());
        }
        return List.copyOf(mappings);
    }

    static java.util.Optional<LayoutMapping> read(String where, List<String> lines, List<String> problems) {
        int before = problems.size();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, String> fieldOfHeader = new HashMap<>();
        String sheet = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String at = where + ":" + (i + 1) + ": ";
            if (line.isEmpty() || line.startsWith("#")) continue;
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.add(at + "expected 'field = Header text', e.g. 'exercise = Movement'");
                continue;
            }
            String field = line.substring(0, equals).strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            String value = line.substring(equals + 1).strip();
            if (value.isEmpty()) {
                problems.add(at + "'" + field + "' has no header text after '='");
            } else if (field.equals("sheet")) {
                sheet = value;
            } else if (!FIELDS.contains(field)) {
                problems.add(at + "unknown field '" + field + "'; use one of " + String.join(", ", FIELDS.stream().sorted().toList())
                        + " (or sheet)");
            } else if (headers.containsKey(field)) {
                problems.add(at + "'" + field + "' is mapped twice; list several headers on one line as 'A | B'");
            } else {
                List<String> texts = Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                for (String text : texts) {
                    String previous = fieldOfHeader.putIfAbsent(text.toLowerCase(Locale.ROOT), field);
                    if (previous != null) problems.add(at + "header '" + text + "' is already mapped to '" + previous + "'");
                }
                headers.put(field, texts);
            }
        }
        String file = where + ":" + Math.max(1, lines.size()) + ": ";
        if (problems.size() == before) {
            if (!headers.containsKey("exercise")) problems.add(file + "no 'exercise = …' line: which header names the exercise?");
            if (!headers.containsKey("week") && !headers.containsKey("day")) {
                problems.add(file + "map 'week' or 'day' (or both): a log table needs one of them");
            }
            if (headers.keySet().stream().noneMatch(k -> Column.byKey(k).map(Column::isPrescription).orElse(false))) {
                problems.add(file + "map at least one of sets, reps, sets x reps, load, rir, rpe, technique, notes");
            }
        }
        return problems.size() == before ? java.util.Optional.of(new LayoutMapping(where, sheet, headers))
                : java.util.Optional.empty();
    }
}
