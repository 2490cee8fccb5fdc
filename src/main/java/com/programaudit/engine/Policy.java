package com.programaudit.engine;

import com.programaudit.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
    private final Map<String, String> values;

    public Policy(Map<String, String> values) { this.values = new TreeMap<>(values); }

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
        return new Policy(values);
    }

    /** A copy with some values replaced, e.g. a program's own overrides. */
    public Policy with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new Policy(merged);
    }

    public Map<String, String> values() { return values; }

    public boolean has(String key) { return values.containsKey(key); }

    /** A threshold the rules need; a missing or malformed one is a rule-folder error, not a silent default. */
    public double number(String key) {
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

    /** Problems a head coach should fix in the policy file (used by "rules check"). */
    public java.util.List<String> problems() {
        java.util.List<String> problems = new java.util.ArrayList<>();
        values.forEach((key, value) -> {
            if (key.endsWith(".severity")) {
                try {
                    Severity.parse(value);
                } catch (IllegalArgumentException e) {
                    problems.add(FILE + ": " + key + " must be error, warning or info, not '" + value + "'");
                }
            } else if (key.endsWith(".enabled")) {
                if (!value.toLowerCase(Locale.ROOT).matches("true|false")) {
                    problems.add(FILE + ": " + key + " must be true or false, not '" + value + "'");
                }
            } else {
                try {
                    Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    problems.add(FILE + ": " + key + " must be a number, not '" + value + "'");
                }
            }
        });
        return problems;
    }
}
