package com.programaudit.engine;

import com.programaudit.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Thresholds and switches a head coach edits in {@code rules/policy.properties}: numbers the DRL reads
 * through the {@code policy} global, {@code RULE_ID.enabled} and {@code RULE_ID.severity}.
 */
public final class Policy {
    public static final String FILE = "policy.properties";
    private final Map<String, Double> numbers = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");
    private final Map<String, String> values;
    private final Map<String, Integer> lines;

    public Policy(Map<String, String> values) { this(values, Map.of()); }

    private Policy(Map<String, String> values, Map<String, Integer> lines) {
        this.values = new TreeMap<>(values);
        this.lines = lines;
    }

    public static Policy load(Path rulesFolder) throws RuleLoadException {
        Path file = rulesFolder.resolve(FILE);
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new RuleLoadException(FILE + ":0: cannot read the policy file: " + e.getMessage());
            }
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((k, v) -> values.put(k.toString().strip(), v.toString().strip()));
        return new Policy(values, keyLines(file));
    }

    /** The line each key is set on, so problems read "policy.properties:12: …". */
    private static Map<String, Integer> keyLines(Path file) {
        Map<String, Integer> lines = new java.util.HashMap<>();
        if (!Files.exists(file)) return lines;
        try {
            List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                java.util.regex.Matcher m = KEY.matcher(text.get(i));
                if (m.find()) lines.put(m.group(1), i + 1);
            }
        } catch (IOException e) {
            // Lines stay unknown (0); the key still names the problem.
        }
        return lines;
    }

    /** A copy with some values replaced, e.g. a program's own overrides. */
    public Policy with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new Policy(merged, lines);
    }

    /** Every value, by key in order (read-only: PolicyOverrides keeps what it derives from them per policy). */
    public Map<String, String> values() { return java.util.Collections.unmodifiableMap(values); }

    public boolean has(String key) { return values.containsKey(key); }

    /** The value as the file writes it ("2", "0.25"), null when not set. */
    public String text(String key) { return values.get(key); }

    /** A threshold the rules need; a missing or malformed one is a rule-folder error, not a silent default. */
    public double number(String key) {
        // rules read thresholds inside their conditions, once per fact they test: parse each value once
        Double known = numbers.get(key);
        if (known != null) return known;
        double parsed = parse(key);
        numbers.put(key, parsed);
        return parsed;
    }

    private double parse(String key) {
        String value = values.get(key);
        if (value == null) throw new IllegalStateException("policy.properties has no value for '" + key + "'");
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("policy.properties: '" + key + "' must be a number, not '" + value + "'");
        }
    }

    public int intValue(String key) { return (int) Math.round(number(key)); }

    public boolean enabled(String ruleId) {
        return !"false".equalsIgnoreCase(values.getOrDefault(ruleId + ".enabled", "true"));
    }

    public Optional<Severity> severity(String ruleId) {
        String value = values.get(ruleId + ".severity");
        if (value == null) return Optional.empty();
        try {
            return Optional.of(Severity.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every key the file sets. */
    public java.util.Set<String> keys() { return java.util.Collections.unmodifiableSet(values.keySet()); }

    /** The line of the file that sets {@code key}, 0 when not known. */
    public int lineOf(String key) { return lines.getOrDefault(key, 0); }

    /** Problems a head coach should fix in the policy file (used by "rules check"). */
    public java.util.List<String> problems() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        values.forEach((key, value) -> {
            if (key.endsWith(".severity")) {
                try {
                    Severity.parse(value);
                } catch (IllegalArgumentException e) {
                    problems.add(FILE + ":" + lines.getOrDefault(key, 0) + ": " + key + " must be error, warning or info, not '" + value + "'");
                }
            } else if (key.endsWith(".enabled")) {
                if (!value.toLowerCase(Locale.ROOT).matches("true|false")) {
                    problems.add(FILE + ":" + lines.getOrDefault(key, 0) + ": " + key + " must be true or false, not '" + value + "'");
                }
            } else {
                try {
                    Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    problems.add(FILE + ":" + lines.getOrDefault(key, 0) + ": " + key + " must be a number, not '" + value + "'");
                }
            }
        });
        return problems;
    }
}
