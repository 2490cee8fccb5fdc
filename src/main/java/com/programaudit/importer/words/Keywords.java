package com.programaudit.importer.words;

import com.programaudit.model.BlockType;
import com.programaudit.model.Level;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Coach words for block types, levels, yes/no and week ranges (SPREADSHEETS.md). */
public final class Keywords {
    private static final Pattern DELOAD = Pattern.compile("\\b(?:deload|recovery|unload|taper)\\b");
    private static final Pattern POWER = Pattern.compile("\\b(?:strength|power|neural|peaking|peak|intensification)\\b");
    private static final Pattern HYPERTROPHY = Pattern.compile("\\b(?:hypertrophy|volume|accumulation|size|growth|bodybuilding)\\b");
    private static final Pattern METABOLIC = Pattern.compile("\\b(?:metabolic|pump|metabolite|conditioning|metcon)\\b");
    private static final Pattern WEEK_RANGE = Pattern.compile(
            "(?:w|wk|wks|week|weeks)?(?<!\\s)\\s*+(?<!\\d)(\\d++)\\s*+(?:(?:-|to|–)\\s*+(?:w|wk|week)?\\s*+(\\d++))?\\s*$");
    private static final Pattern TRAILING_RANGE = Pattern.compile(
            Linear.SPACES_BEFORE + "\\((?:w|wk|wks|week|weeks)?\\s*+\\d++\\s*+(?:[-–]\\s*+(?:w|wk|week)?\\s*+\\d++)?\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private Keywords() { }

    public static BlockType blockType(String text) {
        String t = ValueParser.clean(text);
        if (DELOAD.matcher(t).find()) return BlockType.DELOAD;
        if (METABOLIC.matcher(t).find()) return BlockType.METABOLIC;
        if (HYPERTROPHY.matcher(t).find()) return BlockType.HYPERTROPHY;
        if (POWER.matcher(t).find()) return BlockType.POWER;
        return BlockType.NONE;
    }

    private static final Pattern SESSION_TITLE = Pattern.compile(
            "^(?:day|session|workout|training|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b.*|^(?:upper|lower|push|pull|legs|full body)"
                    + "(?:\\s*(?:body|day|[a-d]|\\d))?\\s*$|^(?:day|session|workout)\\s*[a-d0-9].*");

    /** "Day 1 - Upper", "Monday: Push", "Session B", "Upper A": how coaches title a session. */
    public static boolean isSessionTitle(String text) { return SESSION_TITLE.matcher(ValueParser.clean(text)).matches(); }

    public static boolean isDeload(String text) { return DELOAD.matcher(ValueParser.clean(text)).find(); }

    // compiled once: String.matches compiles its regex at every call
    private static final Pattern BEGINNER = Pattern.compile(".*\\b(?:beginner|novice|new|untrained)\\b.*");
    private static final Pattern INTERMEDIATE = Pattern.compile(".*\\b(?:intermediate|inter)\\b.*");
    private static final Pattern ADVANCED = Pattern.compile(".*\\b(?:advanced|elite|expert|competitive)\\b.*");
    private static final Pattern YES = Pattern.compile("(?:y|yes|true|1|x|alone|solo|always)\\b.*");
    private static final Pattern NO = Pattern.compile("(?:n|no|none|false|0|never|-)\\b.*");

    public static Level level(String text) {
        String t = ValueParser.clean(text);
        if (BEGINNER.matcher(t).matches()) return Level.BEGINNER;
        if (INTERMEDIATE.matcher(t).matches()) return Level.INTERMEDIATE;
        if (ADVANCED.matcher(t).matches()) return Level.ADVANCED;
        return Level.UNKNOWN;
    }

    public static Optional<Boolean> yesNo(String text) {
        String t = ValueParser.clean(text);
        if (YES.matcher(t).matches()) return Optional.of(true);
        if (NO.matcher(t).matches()) return Optional.of(false);
        return Optional.empty();
    }

    /** "1-4", "5", "Week 5-8", "W1-3" as first and last week. */
    public static Optional<int[]> weekRange(String text) {
        Matcher m = WEEK_RANGE.matcher(ValueParser.clean(text));
        if (!m.find()) return Optional.empty();
        // no program has week 100,000; longer digit runs would overflow an int
        if (m.group(1).length() > 5 || (m.group(2) != null && m.group(2).length() > 5)) return Optional.empty();
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        return first <= last ? Optional.of(new int[] {first, last}) : Optional.empty();
    }

    /** "Hypertrophy (W1-4)" names the weeks 1-4; empty when no range is given. */
    public static Optional<int[]> trailingWeekRange(String name) {
        Matcher m = TRAILING_RANGE.matcher(name);
        if (!m.find()) return Optional.empty();
        return weekRange(m.group().replaceAll("[()]", "").strip());
    }

    /** First whole number in a label ("Week 3", "W2", "Day 1 – Lower"). */
    public static Optional<Integer> number(String text) {
        // an empty cell or a plain number, as most set-number cells are: the same answer without a matcher
        if (text.isEmpty()) return Optional.empty();
        if (Digits.plain(text, 5)) return Optional.of(Integer.parseInt(text));
        Matcher m = NUMBER.matcher(text);
        return m.find() && m.group().length() < 6 ? Optional.of(Integer.parseInt(m.group())) : Optional.empty();
    }
}
