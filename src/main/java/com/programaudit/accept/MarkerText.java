package com.programaudit.accept;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code audit-ignore RULE_ID[, RULE_ID…]: reason} out of a cell's or comment's text. The marker
 * may follow other text ("Elbows in. audit-ignore …"), which stays the cell's own text.
 */
public final class MarkerText {
    private static final Pattern START = Pattern.compile("(?i)(?<![\\w-])audit-ignore(?![\\w-])");
    private static final Pattern REST = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9_]*(?:\\s*,\\s*[A-Za-z][A-Za-z0-9_]*)*)?\\s*(?::(.*))?", Pattern.DOTALL);

    /** A marker read from text: the rules (empty: all), the reason ("" when missing) and the text before it. */
    public record Marker(List<String> rules, String reason, String before, boolean wellFormed) {
        public boolean hasReason() { return !reason.isBlank(); }
    }

    private MarkerText() { }

    private static final String WORD = "audit-ignore";

    private static boolean mentions(String text) {
        for (int at = text.indexOf('-'); at >= 5; at = text.indexOf('-', at + 1)) {
            if (text.regionMatches(true, at - 5, WORD, 0, WORD.length())) return true;
        }
        return false;
    }

    public static Optional<Marker> find(String text) {
        // every cell of every sheet passes here: a plain scan first, the pattern only where the word is
        if (text == null || !mentions(text)) return Optional.empty();
        Matcher start = START.matcher(text);
        if (!start.find()) return Optional.empty();
        String before = text.substring(0, start.start()).strip();
        Matcher rest = REST.matcher(text.substring(start.end()));
        if (!rest.matches()) return Optional.of(new Marker(List.of(), "", before, false));
        List<String> rules = rest.group(1) == null ? List.of()
                : Arrays.stream(rest.group(1).split(",")).map(r -> r.strip().toUpperCase(Locale.ROOT)).toList();
        String reason = rest.group(2) == null ? "" : rest.group(2).strip().replaceAll("\\s+", " ");
        return Optional.of(new Marker(rules, reason, before, true));
    }
}
