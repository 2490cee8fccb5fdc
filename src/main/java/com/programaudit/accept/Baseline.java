package com.programaudit.accept;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.programaudit.model.Finding;
import com.programaudit.model.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a batch as {@code audit --write-baseline} records them, and the matching that
 * {@code audit --baseline} does: by file (relative to the audited folder), program, rule and place in
 * program terms (block, week, day, exercise, set, muscle), never by cell address, so inserting or
 * moving rows leaves a finding matched. Equal keys are counted: a second identical finding is new.
 */
public final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<Key, Integer> left = new HashMap<>();

    /** One baselined finding. {@code program} is null unless the file holds several programs. */
    public record Key(String file, String program, String rule, String block, Integer week, Integer day,
                      String exercise, Integer set, String muscle) {
        public static Key of(String file, String program, Finding finding) {
            Location l = finding.getLocation();
            return new Key(file, program, finding.getRule(), IgnoreEntry.normal(l.getBlock()), l.getWeek(), l.getDay(),
                    IgnoreEntry.normal(l.getExercise()), l.getSet(), IgnoreEntry.normal(l.getMuscle()));
        }
    }

    private Baseline(List<Key> keys) {
        keys.forEach(k -> left.merge(k, 1, Integer::sum));
    }

    /** True (and the entry used up) when the baseline holds this finding. */
    public synchronized boolean take(Key key) {
        Integer n = left.get(key);
        if (n == null) return false;
        if (n == 1) left.remove(key);
        else left.put(key, n - 1);
        return true;
    }

    /** How many baselined findings were not seen again (fixed since). */
    public synchronized int unmatched() { return left.values().stream().mapToInt(Integer::intValue).sum(); }

    public static Baseline read(Path file) throws IgnoreFileException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IgnoreFileException(file + ": not a baseline written by --write-baseline: " + e.getMessage());
        }
        if (root == null || root.path("schema").asInt() != 1 || !root.path("findings").isArray()) {
            throw new IgnoreFileException(file + ": not a baseline written by --write-baseline (no schema 1 findings list)");
        }
        List<Key> keys = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            if (!f.path("file").isTextual() || !f.path("rule").isTextual()) {
                throw new IgnoreFileException(file + ": finding " + (keys.size() + 1) + " has no file or rule");
            }
            keys.add(new Key(f.path("file").asText(), text(f, "program"), f.path("rule").asText(), text(f, "block"),
                    number(f, "week"), number(f, "day"), text(f, "exercise"), number(f, "set"), text(f, "muscle")));
        }
        return new Baseline(keys);
    }

    public static void write(Path file, List<Key> keys) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", 1);
        ArrayNode findings = root.putArray("findings");
        List<Key> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing(Key::file).thenComparing(k -> String.valueOf(k.program()))
                .thenComparing(Key::rule).thenComparing(k -> String.valueOf(k.block()))
                .thenComparing(k -> k.week() == null ? 0 : k.week()).thenComparing(k -> k.day() == null ? 0 : k.day())
                .thenComparing(k -> String.valueOf(k.exercise())).thenComparing(k -> k.set() == null ? 0 : k.set())
                .thenComparing(k -> String.valueOf(k.muscle())));
        for (Key k : sorted) {
            findings.addObject().put("file", k.file()).put("program", k.program()).put("rule", k.rule())
                    .put("block", k.block()).put("week", k.week()).put("day", k.day()).put("exercise", k.exercise())
                    .put("set", k.set()).put("muscle", k.muscle());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        // whole or not at all, like every file the run writes
        com.programaudit.files.AtomicFiles.replace(file,
                (JSON.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }
}
