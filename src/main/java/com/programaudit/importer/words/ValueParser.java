package com.programaudit.importer.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the coach vocabulary of per-set cells (SPREADSHEETS.md "Values"): numbers, ranges at their
 * hardest end, per-set lists, RPE/RIR notation, AMRAP and failure words.
 */
public final class ValueParser {
    // each reader's answers, remembered per text with the words installed (CoachWords.memo)
    private static final CoachWords.Memo<List<String>> ITEMS = CoachWords.memo("items", ValueParser::readItems);
    private static final CoachWords.Memo<Effort> RIRS = CoachWords.memo("rir", ValueParser::readRir);
    private static final CoachWords.Memo<Effort> RPES = CoachWords.memo("rpe", ValueParser::readRpe);
    private static final CoachWords.Memo<Effort> REPS = CoachWords.memo("reps", ValueParser::readReps);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*+(?:-|to)\\s*+(\\d+(?:\\.\\d+)?)");
    private static final Pattern FAILURE_WORD = Pattern.compile(
            "^(?:f|fail|failure|to failure|tf|amrap|amrep|max|max reps|mr|all out|till failure|until failure|out)$"); // "out": "REP OUT" once "rep" is dropped
    private static final Pattern SETS_X_REPS = Pattern.compile(
            "^\\s*(\\d+(?:\\.0)?)\\s*(?:x|\\*|sets?\\s+(?:of|x)|sets?\\s*,)\\s*(.+)$");

    private static final Pattern TWO_SCHEMES = Pattern.compile(
            "^\\s*(\\d+)\\s*x\\s*([^+@/]+?)\\s*\\+\\s*(\\d+)\\s*x\\s*([^@/]+?)\\s*(@.*)?$");
    /** "135x10", "60 x 8": one performed set, load and reps in the order the app writes them. */
    private static final Pattern SET_DONE = Pattern.compile("^\\d+(?:\\.\\d+)?\\s*x\\s*\\d+(?:\\.\\d+)?$");
    private static final Pattern PER_HAND = Pattern.compile("^(\\d+)\\s*x\\s*(\\d+(?:[.,]\\d+)?)");
    private static final Pattern UNIT_RPE = Pattern.compile("(?<![a-z])rpe(?![a-z])");
    private static final Pattern UNIT_RIR = Pattern.compile("(?<![a-z])(?:rir|reps in reserve)(?![a-z])");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d.])(\\d+),(5|25|75)(?![\\d])");
    // compiled once: every per-set cell of a batch goes through these
    private static final Pattern SETS_WORD = Pattern.compile("\\b(?:working\\s+)?sets?\\b");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+(?:\\.0+)?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(Linear.SPACES_BEFORE + "[/,;|]\\s*");
    private static final Pattern REPS_WORD = Pattern.compile("\\breps?\\b");
    private static final Pattern REPS_BEFORE_AT = Pattern.compile("^\\s*+\\d++(?:\\s*+-\\s*+\\d++)?\\s*+");
    private static final Pattern NUMBER_PLUS = Pattern.compile(".*\\d\\s*+\\+$");
    private static final Pattern FAILURE_PHRASE = Pattern.compile(".*\\b(?:to failure|max reps)\\b.*");
    private static final Pattern NUMBER_THEN_FAILURE = Pattern.compile("(?<!\\d)\\d++\\s++(?:f|failure)");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern TRAILING_PLUS = Pattern.compile("(\\d)\\s*\\+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<Pattern> RIR_UNITS = units("rir", "reps in reserve");
    private static final List<Pattern> RPE_UNITS = units("rpe");

    /** A Cyrillic "х" between numbers ("5х3", "4 Х 2"): Russian sheets type it for the times sign. */
    private static final Pattern CYRILLIC_TIMES = Pattern.compile("(?<=\\d)(\\s*)[\u0445\u0425](?=\\s*\\d)");

    /**
     * The longest text read as a value ("3 x 8-12 @ RPE 8, last set AMRAP" is 33): a longer cell is a
     * note, and its words are all a reader takes from it.
     */
    public static final int LONGEST_VALUE = 200;

    private ValueParser() { }

    /** The times sign as "x", whether typed as "×" or as a Cyrillic "х" between numbers; case kept. */
    public static String timesAsX(String text) {
        String t = text.replace('×', 'x');
        if (t.indexOf('\u0445') < 0 && t.indexOf('\u0425') < 0) return t;
        return CYRILLIC_TIMES.matcher(t).replaceAll("$1x");
    }

    /**
     * Dashes, multiplication signs and non-breaking spaces as plain ASCII, lower case, trimmed, and the
     * effort and session words of other languages as their English meaning (rules/vocabulary/words.csv).
     */
    public static String clean(String text) {
        if (text.isEmpty()) return ""; // what prepare and the words make of it: an empty cell, the commonest text
        return CoachWords.cleaned(text, ValueParser::prepare);
    }

    private static String prepare(String text) {
        return timesAsX(text.replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-')
                .replace('\u00A0', ' ')).toLowerCase(Locale.ROOT).strip();
    }

    /** A whole number of sets: "3", "3.0", "3 sets", "2-3" (the hardest end). */
    public static Optional<Integer> sets(String text) {
        if (text.length() > LONGEST_VALUE) return Optional.empty();
        String cleaned = clean(text);
        // most Sets cells hold a plain count ("3"): what the patterns below read from it, without them
        if (Digits.plain(cleaned, 9)) return Optional.of(Integer.parseInt(cleaned));
        String t = SETS_WORD.matcher(cleaned).replaceAll("").strip();
        if (t.isEmpty()) return Optional.empty();
        Matcher range = RANGE.matcher(t);
        if (range.matches()) return Optional.of((int) Math.round(Double.parseDouble(range.group(2))));
        if (WHOLE_NUMBER.matcher(t).matches()) return Optional.of((int) Double.parseDouble(t));
        // a log's sets cell lists each set done ("135x10,155x8,175x6"): one set per item
        List<String> done = items(t);
        if (done.size() >= 2 && done.stream().allMatch(i -> SET_DONE.matcher(i).matches())) return Optional.of(done.size());
        return Optional.empty();
    }

    /** A number such as a load: "92.5 kg", "2 x 20 kg" (per hand), "85%". Empty when none. */
    public static Optional<Double> load(String text) {
        if (text.length() > LONGEST_VALUE) return Optional.empty();
        String t = clean(text);
        if (t.isEmpty()) return Optional.empty();
        // a plain number ("80"): what PER_HAND (which needs an x) and NUMBER read from it, without them
        if (Digits.plain(t, 15)) return Optional.of(Double.parseDouble(t));
        // each regex only where it can match: PER_HAND needs an x, NUMBER a digit
        if (!Digits.any(t)) return Optional.empty();
        if (t.indexOf('x') >= 0) {
            Matcher perHand = PER_HAND.matcher(t);
            if (perHand.find()) return Optional.of(Double.parseDouble(perHand.group(2).replace(',', '.')));
        }
        Matcher m = NUMBER.matcher(t);
        return m.find() ? Optional.of(Double.parseDouble(m.group().replace(',', '.'))) : Optional.empty();
    }

    private static final Pattern PER_SIDE = Pattern.compile(Linear.SPACES_BEFORE + "(?:/|per|each)\\s*+(?:leg|side|arm|hand)s?\\b");

    /** Splits a per-set list "2/1/0", "2,1,0", "12, 10, 8" into its items; a single value stays one item. */
    public static List<String> items(String text) {
        return ITEMS.of(text);
    }

    private static List<String> readItems(String text) {
        String t = clean(text);
        if (t.isEmpty()) return List.of();
        // European decimal comma ("7,5" RPE, "120,5 kg"): one comma before a half or quarter is not a list
        if (t.indexOf(',') == t.lastIndexOf(',')) t = DECIMAL_COMMA.matcher(t).replaceAll("$1.$2");
        t = PER_SIDE.matcher(t).replaceAll(""); // "10/leg" is 10 reps a side, not a list of two
        String[] parts = ITEM_SEPARATOR.split(t);
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            if (!part.isBlank()) items.add(part.strip());
        }
        return List.copyOf(items);
    }

    /** One RIR item: "2", "1-2" (hardest end 1), "0 rir", "@2", "f", "failure". Null when not understood. */
    public static Effort rir(String item) {
        return RIRS.of(item);
    }

    private static Effort readRir(String item) {
        if (item.length() > LONGEST_VALUE) return null;
        // "RPE 8" written in a RIR column; a cell naming both units is read in the column's own
        String cleaned = clean(item);
        if (UNIT_RPE.matcher(cleaned).find() && !UNIT_RIR.matcher(cleaned).find()) return rpe(item);
        String t = stripUnit(item, RIR_UNITS);
        if (t.isEmpty()) return Effort.NONE;
        if (FAILURE_WORD.matcher(t).matches()) return Effort.atFailure();
        Matcher range = RANGE.matcher(t);
        if (range.matches()) return Effort.ofRir(Math.min(num(range.group(1)), num(range.group(2))));
        if (DECIMAL.matcher(t).matches()) return Effort.ofRir(num(t));
        return null;
    }

    /** One RPE item: "8", "@8", "rpe 9.5", "9-10" (hardest end 10), "failure". Null when not understood. */
    public static Effort rpe(String item) {
        return RPES.of(item);
    }

    private static Effort readRpe(String item) {
        if (item.length() > LONGEST_VALUE) return null;
        // "2 RIR" written in an RPE column; a cell naming both units is read in the column's own
        String cleaned = clean(item);
        if (UNIT_RIR.matcher(cleaned).find() && !UNIT_RPE.matcher(cleaned).find()) return rir(item);
        String t = stripUnit(item, RPE_UNITS);
        if (t.isEmpty()) return Effort.NONE;
        if (FAILURE_WORD.matcher(t).matches()) return Effort.atFailure();
        Matcher range = RANGE.matcher(t);
        if (range.matches()) return Effort.ofRpe(Math.max(num(range.group(1)), num(range.group(2))));
        if (DECIMAL.matcher(t).matches()) {
            double rpe = num(t);
            return rpe <= 10 ? Effort.ofRpe(rpe) : null;
        }
        return null;
    }

    /** One reps item: failure when AMRAP, max, "5+" or a failure word; otherwise no effort information. */
    public static Effort reps(String item) {
        return REPS.of(item);
    }

    private static Effort readReps(String item) {
        if (item.length() > LONGEST_VALUE) return null;
        String t = REPS_WORD.matcher(clean(item)).replaceAll("").strip();
        if (t.isEmpty()) return Effort.NONE;
        int at = t.indexOf('@');
        if (at > 0 && REPS_BEFORE_AT.matcher(t.substring(0, at)).matches()) {
            // "10 @ 2RIR", "8 @RPE9": the reps, then the effort they are done at
            String effort = t.substring(at + 1);
            return UNIT_RIR.matcher(effort).find() ? rir(effort) : rpe(effort);
        }
        if (FAILURE_WORD.matcher(t).matches() || NUMBER_PLUS.matcher(t).matches() || t.contains("amrap")
                || FAILURE_PHRASE.matcher(t).matches() || NUMBER_THEN_FAILURE.matcher(t).matches()) {
            return Effort.atFailure();
        }
        if (HAS_DIGIT.matcher(t).matches()) return Effort.NONE;
        return null;
    }

    /** "4x8", "3 x 10-12", "4×6", "3x8-10 @RPE8", "3x5+": sets, and the rest as reps text. */
    public static Optional<SetsAndReps> setsAndReps(String text) {
        if (text.length() > LONGEST_VALUE) return Optional.empty();
        Matcher both = TWO_SCHEMES.matcher(clean(text));
        if (both.matches()) {
            // "3x10 + 1xAMRAP": the second scheme's sets follow the first's, one reps item per set
            int first = Integer.parseInt(both.group(1));
            int second = Integer.parseInt(both.group(3));
            if (first + second <= 50) {
                List<String> reps = new ArrayList<>();
                for (int i = 0; i < first; i++) reps.add(both.group(2).strip());
                for (int i = 0; i < second; i++) reps.add(both.group(4).strip());
                String effort = both.group(5) == null ? "" : both.group(5).substring(1).strip();
                return Optional.of(new SetsAndReps(first + second, String.join("/", reps), effort));
            }
        }
        Matcher m = SETS_X_REPS.matcher(clean(text));
        if (!m.matches()) return Optional.empty();
        int sets = (int) Double.parseDouble(m.group(1));
        String rest = m.group(2).strip();
        String effort = "";
        int at = rest.indexOf('@');
        if (at >= 0) {
            effort = rest.substring(at + 1).strip();
            rest = rest.substring(0, at).strip();
        }
        return Optional.of(new SetsAndReps(sets, rest, effort));
    }

    public record SetsAndReps(int sets, String reps, String effort) { }

    private static String stripUnit(String item, List<Pattern> units) {
        // "@8", "RIR: 1", "~2" (about 2), "9+" (9 or harder: read at 9)
        String t = TRAILING_PLUS.matcher(clean(item).replace("@", " ").replace(":", " ").replace("~", " ")).replaceAll("$1");
        for (Pattern unit : units) t = unit.matcher(t).replaceAll(" ");
        return SPACES.matcher(t.replace(',', '.').strip()).replaceAll(" ");
    }

    /** A unit glued to its number ("rpe8", "2rir") has no word boundary between them: no letter either side. */
    private static List<Pattern> units(String... units) {
        return java.util.Arrays.stream(units).map(u -> Pattern.compile("(?<![a-z])" + Pattern.quote(u) + "(?![a-z])")).toList();
    }

    private static double num(String s) { return Double.parseDouble(s.replace(',', '.')); }
}
