package com.programaudit.engine;

import com.programaudit.model.DataIssue;
import com.programaudit.model.PolicyOverride;
import com.programaudit.model.Setting;
import com.programaudit.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Matches a program's own settings against the policy, so a coach can write "Max drop sets per
 * session: 1" (or "maxDropSetsPerSession", or "TOO_MANY_DROP_SETS: off") in the workbook.
 * Labels are compared without case, spaces or punctuation. On a Policy sheet every row must match
 * and hold a valid value; elsewhere, labels that match no policy key are other details and ignored.
 */
public final class PolicyOverrides {
    /** The policy for this program, the overrides it applied, and the settings that could not be used. */
    public record Result(Policy policy, List<PolicyOverride> applied, List<DataIssue> problems) { }

    private PolicyOverrides() { }

    /**
     * The policy's keys and the rule IDs by their squashed form, made once for a rule book's policy and rules
     * (the same objects for every program of a batch) rather than for each program that has settings.
     */
    private record Names(Policy base, List<String> ruleIds, Map<String, String> keys, Map<String, String> ids) {
        private static volatile Names last;

        static Names of(Policy base, List<String> ruleIds) {
            Names known = last;
            if (known != null && known.base == base && known.ruleIds == ruleIds) return known;
            Map<String, String> keys = new LinkedHashMap<>();
            base.values().keySet().forEach(key -> keys.put(squash(key), key));
            Map<String, String> ids = new LinkedHashMap<>();
            ruleIds.forEach(id -> ids.put(squash(id), id));
            Names made = new Names(base, ruleIds, java.util.Collections.unmodifiableMap(keys), java.util.Collections.unmodifiableMap(ids));
            last = made;
            return made;
        }
    }

    public static Result apply(Policy base, List<String> ruleIds, List<Setting> settings) {
        if (settings.isEmpty()) return new Result(base, List.of(), List.of());
        Names names = Names.of(base, ruleIds);
        Map<String, String> keys = names.keys();
        Map<String, String> ids = names.ids();
        Map<String, String> overrides = new LinkedHashMap<>();
        List<PolicyOverride> applied = new ArrayList<>();
        List<DataIssue> problems = new ArrayList<>();
        for (Setting setting : settings) {
            if (isHeaderRow(setting)) continue;
            String label = squash(setting.label());
            String key = keys.get(label);
            Optional<String> value;
            if (key != null) {
                value = valueFor(key, setting.value());
            } else if (ids.containsKey(label)) {
                String id = ids.get(label);
                Optional<Boolean> onOff = onOff(setting.value());
                key = id + (onOff.isPresent() ? ".enabled" : ".severity");
                value = onOff.map(String::valueOf).or(() -> severity(setting.value()));
            } else {
                if (setting.onPolicySheet()) {
                    problems.add(new DataIssue(setting.cell(), "Policy setting '" + setting.label()
                            + "' is not a threshold or rule ID of the rules folder" + closest(label, keys, ids)
                            + " (see `rules list` and policy.properties); ignored."));
                }
                continue;
            }
            if (value.isEmpty()) {
                problems.add(new DataIssue(setting.cell(), "Policy setting '" + setting.label() + "' has value '"
                        + setting.value() + "', which is not " + expected(key) + "; the default is used."));
                continue;
            }
            overrides.put(key, value.get());
            applied.add(new PolicyOverride(key, value.get(), base.values().getOrDefault(key, defaultOf(key)), setting.cell()));
        }
        return new Result(overrides.isEmpty() ? base : base.with(overrides), applied, problems);
    }

    /** "Setting | Value" above the rows of a Policy sheet. */
    private static boolean isHeaderRow(Setting setting) {
        return HEADER_WORD.matcher(squash(setting.value())).matches();
    }

    // compiled once: every program with settings squashes each policy key and rule ID
    private static final java.util.regex.Pattern HEADER_WORD = java.util.regex.Pattern.compile("values?|settings?|defaults?|thresholds?");
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^a-z0-9]");

    private static String closest(String label, Map<String, String> keys, Map<String, String> ids) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map<String, String> names : List.of(keys, ids)) {
            for (Map.Entry<String, String> name : names.entrySet()) {
                int d = distance.apply(label, name.getKey());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = name.getValue();
                }
            }
        }
        return best != null && bestDistance <= Math.max(3, label.length() / 3) ? "; did you mean " + best + "?" : "";
    }

    static String squash(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static Optional<String> valueFor(String key, String text) {
        if (key.endsWith(".enabled")) return onOff(text).map(String::valueOf);
        if (key.endsWith(".severity")) return severity(text);
        String t = text.strip().replace(',', '.');
        boolean percent = t.endsWith("%");
        t = t.replace("%", "").strip();
        try {
            double number = Double.parseDouble(t);
            if (number < 0) return Optional.empty();
            if (percent) number /= 100;
            return Optional.of(number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> onOff(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true", "enabled", "enable" -> Optional.of(true);
            case "off", "no", "false", "disabled", "disable" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<String> severity(String text) {
        try {
            return Optional.of(Severity.parse(text.strip()).label());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String expected(String key) {
        if (key.endsWith(".enabled")) return "on or off";
        if (key.endsWith(".severity")) return "on, off, error, warning or info";
        return "a number";
    }

    private static String defaultOf(String key) {
        return key.endsWith(".enabled") ? "true" : key.endsWith(".severity") ? "(the rule's own)" : "";
    }
}
