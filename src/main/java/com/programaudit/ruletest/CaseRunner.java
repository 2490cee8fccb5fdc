package com.programaudit.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.programaudit.accept.UnusedIgnore;
import com.programaudit.audit.Accepted;
import com.programaudit.audit.AuditReport;
import com.programaudit.audit.AuditService;
import com.programaudit.engine.RuleInfo;
import com.programaudit.model.CellEdit;
import com.programaudit.model.Finding;
import com.programaudit.model.Location;
import com.programaudit.model.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs cases the way {@code score.py} scores the shared examples: a finding matches an expected one
 * when the rule and its scope's keys are equal; expected cell edits must be among the fix's edits.
 */
public final class CaseRunner {
    /** Rules the shared examples never list (RULES.md examples README). */
    private static final Set<String> UNSCORED = Set.of("WEEKLY_HARD_SETS_OUT_OF_RANGE", "UNKNOWN_EXERCISE", "UNREADABLE_VALUE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditService service;
    private final Map<String, Scope> scopes = new HashMap<>();

    public CaseRunner(AuditService service) {
        this.service = service;
        for (RuleInfo rule : service.rules().rules()) scopes.put(rule.id(), rule.scope());
        scopes.put(UnusedIgnore.RULE, Scope.CELL); // built in: made by the audit, not by a rule file
    }

    public CaseResult run(RuleCase ruleCase) {
        if (ruleCase.rule() != null && !service.rules().policy().enabled(ruleCase.rule())) {
            return CaseResult.skipped(ruleCase, ruleCase.rule() + ".enabled=false in policy.properties");
        }
        if (ruleCase.input() == null) {
            return new CaseResult(ruleCase, List.of(), List.of(), "no input file beside " + ruleCase.expected().getFileName());
        }
        JsonNode expected;
        try {
            expected = JSON.readTree(ruleCase.expected().toFile());
        } catch (IOException e) {
            return new CaseResult(ruleCase, List.of(), List.of(), ruleCase.expected().getFileName() + ": not valid JSON: " + e.getMessage());
        }
        Map<String, String> policy = new HashMap<>(ruleCase.policy());
        expected.path("policy").fields().forEachRemaining(e -> policy.put(e.getKey(), e.getValue().asText()));
        List<AuditReport> reports = service.audit(ruleCase.input(), policy);
        if (expected.has("refused")) return refusal(ruleCase, expected.path("refused"), reports);
        if (reports.size() != 1 || !reports.get(0).readable()) {
            String why = reports.isEmpty() ? "no report" : String.valueOf(reports.get(0).error());
            return new CaseResult(ruleCase, List.of(), List.of(), "the input could not be audited: " + why);
        }
        // a case of every rule also compares the unscored rules it lists itself (a data issue it is about)
        Set<String> listed = new java.util.HashSet<>();
        expected.path("findings").forEach(w -> listed.add(w.path("rule").asText()));
        java.util.function.Predicate<String> compared = rule -> counts(ruleCase, rule)
                || ruleCase.rule() == null && listed.contains(rule);
        List<Finding> actual = new ArrayList<>(reports.get(0).findings().stream().filter(f -> compared.test(f.getRule())).toList());
        List<String> missing = new ArrayList<>();
        for (JsonNode want : expected.path("findings")) {
            String rule = want.path("rule").asText();
            if (!compared.test(rule) && ruleCase.rule() != null) continue;
            String key = key(rule, want);
            Finding match = take(actual, key, want);
            if (match == null) missing.add(key + (want.has("cell") ? " at " + want.path("cell").asText() : "") + editsText(want.path("edits")));
        }
        missing.addAll(readingDifferences(expected.path("read"), reports.get(0).program()));
        List<String> extra = new ArrayList<>(actual.stream().filter(f -> listed.contains(f.getRule()) || !isUnscoredInfo(ruleCase, f))
                .map(f -> key(f.getRule(), f.getLocation()) + " — " + f.getMessage()).toList());
        compareSuppressed(expected.path("suppressed"), reports.get(0).suppressed().stream()
                .filter(a -> compared.test(a.finding().getRule())).toList(), missing, extra);
        return new CaseResult(ruleCase, missing, extra, null);
    }

    /**
     * "suppressed": [{"rule", scope keys, "reason", "source": "Week 1!K7" | ".auditignore:3"}]: each must be an
     * accepted finding (reason and source compared when given); every accepted finding must be expected.
     */
    private void compareSuppressed(JsonNode wanted, List<Accepted> accepted, List<String> missing, List<String> extra) {
        List<Accepted> left = new ArrayList<>(accepted);
        for (JsonNode want : wanted) {
            String key = key(want.path("rule").asText(), want);
            Accepted match = left.stream().filter(a -> key(a.finding().getRule(), a.finding().getLocation()).equals(key)
                    && (!want.has("reason") || want.path("reason").asText().equals(a.reason()))
                    && (!want.has("source") || want.path("source").asText().equals(a.source().describe())))
                    .findFirst().orElse(null);
            if (match == null) missing.add("suppressed " + key + " " + want);
            else left.remove(match);
        }
        left.forEach(a -> extra.add("suppressed " + key(a.finding().getRule(), a.finding().getLocation())
                + " by " + a.source().describe() + ": " + a.reason()));
    }

    /** An expected refusal: the file gives one unreadable report whose message holds every word (a|b: either). */
    private static CaseResult refusal(RuleCase ruleCase, JsonNode words, List<AuditReport> reports) {
        if (reports.size() != 1 || reports.get(0).readable()) {
            return new CaseResult(ruleCase, List.of(), List.of(), "expected a refusal, but the file was read as "
                    + reports.size() + " program(s)");
        }
        String message = reports.get(0).error().message().toLowerCase(java.util.Locale.ROOT);
        List<String> missing = new ArrayList<>();
        for (JsonNode word : words) {
            boolean found = java.util.Arrays.stream(word.asText().toLowerCase(java.util.Locale.ROOT).split("\\|"))
                    .anyMatch(message::contains);
            if (!found) missing.add("refusal words '" + word.asText() + "' in: " + reports.get(0).error().message());
        }
        return new CaseResult(ruleCase, missing, List.of(), null);
    }

    /** "read": {"layout", "weeks", "sessions", "entries", "workingSets", …}: each given value must be what was read. */
    private static List<String> readingDifferences(JsonNode want, com.programaudit.model.Program program) {
        List<String> differences = new ArrayList<>();
        if (want.isMissingNode()) return differences;
        com.programaudit.model.ProgramReading read = program.getReading();
        Map<String, Object> actual = new java.util.LinkedHashMap<>();
        actual.put("layout", read.layout());
        actual.put("weeks", program.getWeeks());
        actual.put("sessions", read.sessions());
        actual.put("entries", read.entries());
        actual.put("workingSets", read.workingSets());
        actual.put("failureSets", read.failureSets());
        actual.put("beyondFailureSets", read.beyondFailureSets());
        actual.put("warmupSets", read.warmupSets());
        actual.put("conditioningEntries", read.conditioningEntries());
        actual.put("sheets", read.sheets());
        want.fields().forEachRemaining(field -> {
            Object got = actual.get(field.getKey());
            String expectedText = field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString();
            String gotText = got instanceof List<?> list ? JSON.valueToTree(list).toString() : String.valueOf(got);
            if (!expectedText.equals(gotText)) {
                differences.add("read." + field.getKey() + " = " + expectedText + " (read " + gotText + ")");
            }
        });
        return differences;
    }

    private boolean counts(RuleCase ruleCase, String rule) {
        return ruleCase.rule() != null ? ruleCase.rule().equals(rule) : !UNSCORED.contains(rule) && scopes.containsKey(rule);
    }

    /** In example folders, info rules other than the two the examples list are never expected. */
    private static boolean isUnscoredInfo(RuleCase ruleCase, Finding f) {
        return ruleCase.rule() == null && f.getSeverity() == com.programaudit.model.Severity.INFO
                && !Set.of("FAILURE_ON_HIGH_FREQUENCY_LIFT", "FAILURE_NOT_RAMPED").contains(f.getRule());
    }

    /** Takes the finding that matches: same rule and scope keys, the expected cell if one is given, and the edits. */
    private Finding take(List<Finding> actual, String key, JsonNode want) {
        for (Iterator<Finding> it = actual.iterator(); it.hasNext(); ) {
            Finding f = it.next();
            boolean cellMatches = !want.has("cell") || want.path("cell").asText().equalsIgnoreCase(f.getLocation().getCell());
            if (key(f.getRule(), f.getLocation()).equals(key) && cellMatches && hasEdits(f, want.path("edits"))) {
                it.remove();
                return f;
            }
        }
        return null;
    }

    private static boolean hasEdits(Finding finding, JsonNode edits) {
        for (JsonNode edit : edits) {
            boolean found = false;
            for (CellEdit e : finding.getFix().getEdits()) {
                if (e.cell().equalsIgnoreCase(edit.path("cell").asText()) && e.to().equals(edit.path("to").asText())) found = true;
            }
            if (!found) return false;
        }
        return true;
    }

    private static String editsText(JsonNode edits) {
        return edits.isEmpty() ? "" : " with edits " + edits;
    }

    private String key(String rule, JsonNode want) {
        return key(rule, intOrNull(want, "week"), intOrNull(want, "day"), textOrNull(want, "exercise"),
                textOrNull(want, "block"), textOrNull(want, "muscle"), want.has("muscle"));
    }

    private String key(String rule, Location l) {
        return key(rule, l.getWeek(), l.getDay(), l.getExercise(), l.getBlock(), l.getMuscle(), true);
    }

    private String key(String rule, Integer week, Integer day, String exercise, String block, String muscle,
                       boolean withMuscle) {
        Scope scope = scopes.getOrDefault(rule, Scope.PROGRAM);
        return switch (scope) {
            case SET, EXERCISE -> rule + " week " + week + " day " + day + " " + name(exercise);
            case SESSION -> rule + " week " + week + " day " + day;
            case WEEK -> rule + " week " + week + (withMuscle && muscle != null ? " " + muscle : "");
            case BLOCK -> rule + " block " + blockName(block);
            case PROGRAM, CELL -> rule;
        };
    }

    private static String name(String s) {
        return s == null ? null : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** A block named by a sheet may drop its trailing week range: "Metabolic (W4-6)" is "metabolic". */
    private static String blockName(String s) {
        String n = name(s);
        return n == null ? null : n.replaceAll("\\s*\\((?:w|wk|wks|week|weeks)?\\s*\\d+\\s*(?:[-–]\\s*(?:w|wk|week)?\\s*\\d+)?\\)\\s*$", "");
    }

    private static Integer intOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
