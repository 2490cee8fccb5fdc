package com.programaudit.accept;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code .auditignore} file: findings a coach accepts for a batch, one per line,
 * <pre>FILE-GLOB RULE_ID[,RULE_ID…]|* [week=N] [day=N] [exercise=NAME] [muscle=NAME] : reason</pre>
 * A name with spaces is quoted ({@code exercise="Back Squat"}); {@code #} starts a comment line.
 */
public record IgnoreFile(Path folder, List<IgnoreEntry> entries) {
    public static final String NAME = ".auditignore";
    private static final Pattern TOKEN = Pattern.compile("([a-z]+)=\"([^\"]*)\"|\"([^\"]*)\"|(\\S+)");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    public IgnoreFile {
        entries = List.copyOf(entries);
    }

    /** Reads {@code file}; every bad line is an error naming file:line; rule ids must be among {@code knownRules}. */
    public static IgnoreFile read(Path file, Collection<String> knownRules) throws IgnoreFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IgnoreFileException(file + ": cannot be read: " + e.getMessage());
        }
        List<IgnoreEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            try {
                entries.add(parse(file.toString(), i + 1, text, knownRules));
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new IgnoreFileException(String.join("\n", problems));
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new IgnoreFile(folder, entries);
    }

    static IgnoreEntry parse(String label, int line, String text, Collection<String> knownRules) {
        int colon = reasonColon(text);
        if (colon < 0) throw new IllegalArgumentException("no ': reason' — write FILE-GLOB RULE_ID [week=N] [day=N] "
                + "[exercise=NAME] [muscle=NAME] : why it is accepted");
        String reason = text.substring(colon + 1).strip();
        if (reason.isEmpty()) throw new IllegalArgumentException("the reason after ':' is empty; say why it is accepted");
        List<String[]> tokens = tokens(text.substring(0, colon));
        if (tokens.size() < 2 || tokens.get(0)[0] != null || tokens.get(1)[0] != null) {
            throw new IllegalArgumentException("expected a file glob and a rule id (or *) before the ':'");
        }
        String glob = tokens.get(0)[1];
        List<String> rules = rules(tokens.get(1)[1], knownRules);
        Integer week = null;
        Integer day = null;
        String exercise = null;
        String muscle = null;
        for (String[] token : tokens.subList(2, tokens.size())) {
            if (token[0] == null) throw new IllegalArgumentException("'" + token[1] + "' is not key=value "
                    + "(week, day, exercise, muscle); quote a name with spaces: exercise=\"Back Squat\"");
            switch (token[0]) {
                case "week" -> week = positive(token);
                case "day" -> day = positive(token);
                case "exercise" -> exercise = token[1];
                case "muscle" -> muscle = token[1];
                default -> throw new IllegalArgumentException("unknown key '" + token[0] + "'; use week, day, exercise or muscle");
            }
        }
        return new IgnoreEntry(label, line, glob, rules, week, day, exercise, muscle, reason);
    }

    /** The colon that starts the reason: the first one outside quotes. */
    private static int reasonColon(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ':' && !quoted) return i;
        }
        return -1;
    }

    /** Each token as {key or null, value}. */
    private static List<String[]> tokens(String text) {
        List<String[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) tokens.add(new String[] {m.group(1), m.group(2)});
            else if (m.group(3) != null) tokens.add(new String[] {null, m.group(3)});
            else {
                String word = m.group(4);
                int eq = word.indexOf('=');
                boolean keyed = eq > 0 && word.substring(0, eq).matches("[a-z]+");
                tokens.add(keyed ? new String[] {word.substring(0, eq), word.substring(eq + 1)} : new String[] {null, word});
            }
        }
        return tokens;
    }

    private static List<String> rules(String text, Collection<String> knownRules) {
        if (text.equals("*")) return List.of();
        List<String> rules = new ArrayList<>();
        for (String id : text.split(",")) {
            String rule = id.strip().toUpperCase(Locale.ROOT);
            if (!RULE_ID.matcher(rule).matches()) throw new IllegalArgumentException("'" + id + "' is not a rule id");
            if (!knownRules.contains(rule)) throw new IllegalArgumentException("no rule is called " + rule
                    + " (`rules list` names them)");
            rules.add(rule);
        }
        return rules;
    }

    private static Integer positive(String[] token) {
        try {
            int n = Integer.parseInt(token[1]);
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(token[0] + "=" + token[1] + ": expected a number from 1");
    }
}
