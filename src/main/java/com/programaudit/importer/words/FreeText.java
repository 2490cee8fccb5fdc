package com.programaudit.importer.words;

import com.programaudit.model.Technique;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads failure words, beyond-failure techniques and warm-up marks out of free text (Notes,
 * Technique, Comments), with the sets each applies to. Negated phrases ("stop short of failure",
 * "no drop sets") do not count.
 */
public final class FreeText {
    // each reader's answers, remembered per text with the words installed (CoachWords.memo)
    private static final CoachWords.Memo<List<Mark>> MARKS_OF = CoachWords.memo("marks", FreeText::readMarks);
    private static final CoachWords.Memo<Boolean> WARMUPS = CoachWords.memo("warmup", FreeText::readWarmup);
    private static final CoachWords.Memo<Boolean> NAMES_SETS = CoachWords.memo("names sets", FreeText::readNamesSets);
    private static final Map<Technique, Pattern> TECHNIQUES = new EnumMap<>(Technique.class);

    static {
        TECHNIQUES.put(Technique.DROP_SET, Pattern.compile(
                "\\b(?:drop[- ]?sets?|double[- ]drops?|triple[- ]drops?|strip[- ]?sets?|mechanical[- ]drops?"
                        + "|ds|drops?\\s*x\\s*\\d|\\d\\s*drops?"
                        // "drop the weight and keep going", "drop 30% then rep out", not "drop the weight 10% from
                        // last week" or "drop the weight if form breaks"
                        + "|drop\\s+(?:the\\s+)?(?:weight|load)\\s+(?:by\\s+\\d+\\s*%\\s+)?(?:and|then|&)\\s+(?:keep|continue|go|rep|repeat|do|more)"
                        + "|drop\\s+(?:by\\s+)?\\d+\\s*%(?!\\s+(?:from|vs|versus|compared))|\\d+\\s*%\\s+drop)(?:\\b|(?<=%))"));
        TECHNIQUES.put(Technique.REST_PAUSE, Pattern.compile(
                "\\b(?:rest[- ]?pause|rp|myo[- ]?reps?|myo|cluster to failure)\\b"));
        TECHNIQUES.put(Technique.FORCED_REPS, Pattern.compile(
                "\\b(?:forced[- ]reps?|assisted[- ]reps?|spotter[- ]assisted|partner[- ]assisted)\\b"));
        TECHNIQUES.put(Technique.NEGATIVES, Pattern.compile(
                "\\b(?:negatives|negative reps|eccentrics|eccentric[- ]only|forced negatives|partner negatives"
                        + "|eccentric overload)\\b"));
        TECHNIQUES.put(Technique.PARTIALS, Pattern.compile(
                "\\b(?:partials|partial reps|lengthened partials|llps?|half reps after failure)\\b"));
    }

    private static final Pattern FAILURE = Pattern.compile(
            "\\b(?:to failure|until failure|till failure|failure|amrap|max reps|all[- ]out|as many reps as possible|reps? out"
                    + "|0 ?rir|rir ?0|rpe ?10|@ ?10"
                    // ranges count at their hardest end (RULES.md): RPE 9-10 and 0-1 RIR are failure
                    + "|rpe ?9(?:\\.5)? ?(?:-|to) ?10|(?:@ ?)?0 ?(?:-|to) ?1 ?rir|rir ?0 ?(?:-|to) ?1|burn ?outs?)\\b");
    /** A note that is only a failure mark: "F", "X", "fail". */
    private static final Pattern LONE_FAILURE = Pattern.compile("^\\s*(?:f|x|fail)\\s*[.!]?\\s*$");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:no|not|never|avoid|avoiding|don'?t|dont|without|short of|shy of|before|stop|stopping|leave|"
                    + "away from|close|near|nearly|shy|except|instead of|reps? from|reps? off)\\b[^.;]{0,24}$");
    /** Words after a failure word that take it back: "failure not recommended", "failure is optional". */
    private static final Pattern AFTER_NEGATION = Pattern.compile(
            "^\\W*(?:is\\s+|are\\s+)?(?:not|never|optional|discouraged|forbidden|off limits)\\b");
    private static final Pattern WARMUP = Pattern.compile(
            "(?:^|[^a-z])(?:warm[- ]?ups?|w/?u|ramp(?:[- ]?up)?|ramping|feeder|activation sets?)(?:[^a-z]|$)");
    private static final Pattern WARMUP_HEADING = Pattern.compile(
            "^(?:warm[- ]?ups?|wu|ramp(?:[- ]?up)?)(?:\\s+sets?)?\\s*(?:[:(\\-\u2013]|$)");
    /** "2 warm-up sets first", "then ramp": the note mentions warming up besides the working sets. */
    private static final Pattern WARMUP_MENTION = Pattern.compile(
            "\\b(?:first|before|then|after)\\b|(?<!\\d)\\d+\\s*+(?:x\\s*)?(?:warm|wu\\b|ramp)");
    private static final Pattern AFTER_WARMUP = Pattern.compile("\\b(?:after|post|following|then|before)\\s+(?:the\\s+)?warm");
    private static final Pattern EVERY = Pattern.compile("\\b(?:every|each|all)\\s+(?:\\w+\\s+)?sets?\\b|\\ball sets\\b");
    private static final Pattern NAMED = Pattern.compile("\\bsets?\\s*(\\d+(?:\\s*(?:-|to|&|and|,|/)\\s*\\d+)*)");
    private static final Pattern LAST_N = Pattern.compile("\\b(?:last|final)\\s+(\\d|two|three|four)\\s+(?:\\w+\\s+)?sets\\b");
    private static final Pattern LAST = Pattern.compile("\\b(?:last|final)\\s+(?:\\w+\\s+)?sets?\\b|\\blast one\\b|\\bon the last\\b");
    private static final Pattern TOP = Pattern.compile("\\btop\\s+sets?\\b|\\bheaviest set\\b");
    private static final Pattern FIRST = Pattern.compile("\\bfirst\\s+(?:working\\s+)?sets?\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;.!\\n]+|(?<![^\\S\\n])\\s+then\\s+|,\\s+(?=\\D)");
    /** Before a clause's own punctuation, a ", " or " + " or an opening bracket: clauses as written, for fixes. */
    private static final Pattern WRITTEN_CLAUSE_BREAK = Pattern.compile("(?<=[;.!\\n])|(?=,\\s)|(?=\\s\\+\\s)|(?=\\s?\\()");
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^\\s*+[,+]?\\s*+\\(?");
    private static final Pattern CLAUSE_CLOSING = Pattern.compile("\\)\\s*$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[,;.]\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;]\\s*$");
    private static final Pattern SET_RANGE = Pattern.compile("(?<!\\d)(\\d{1,5})\\s*(?:-|to)\\s*(\\d{1,5})(?!\\d)");
    private static final Pattern SET_NUMBER = Pattern.compile("(?<!\\d)\\d{1,5}(?!\\d)");

    private FreeText() { }

    /** A failure word or technique found in a clause, and the sets it applies to. */
    public record Mark(Technique technique, SetTarget target) {
        public boolean isFailure() { return technique == null; }
    }

    /** The failure words and techniques a text plans, remembered per text (notes and technique cells repeat). */
    public static List<Mark> marks(String text) {
        return MARKS_OF.of(text);
    }

    private static List<Mark> readMarks(String text) {
        List<Mark> marks = new ArrayList<>();
        if (LONE_FAILURE.matcher(ValueParser.clean(text)).matches()) return List.of(new Mark(null, SetTarget.LAST));
        for (String clause : clauses(text)) {
            SetTarget target = target(clause);
            if (found(FAILURE, clause)) marks.add(new Mark(null, target));
            TECHNIQUES.forEach((technique, pattern) -> {
                if (found(pattern, clause)) marks.add(new Mark(technique, target));
            });
        }
        return List.copyOf(marks);
    }

    /**
     * The text without the clauses that plan failure or a technique, for fixes:
     * "brace; last set to failure" becomes "brace". Clauses are kept in their written form.
     */
    public static String withoutEffortClauses(String text) {
        List<String> kept = new ArrayList<>();
        for (String clause : WRITTEN_CLAUSE_BREAK.split(text)) {
            String plain = CLAUSE_CLOSING.matcher(CLAUSE_OPENING.matcher(clause).replaceFirst("")).replaceFirst("");
            if (marks(plain).isEmpty()) kept.add(clause);
        }
        String result = String.join("", kept).strip();
        return TRAILING_PUNCTUATION.matcher(LEADING_PUNCTUATION.matcher(result).replaceFirst("")).replaceFirst("").strip();
    }

    public static boolean isWarmup(String text) {
        return WARMUPS.of(text);
    }

    private static boolean readWarmup(String text) {
        String t = ValueParser.clean(text);
        return WARMUP.matcher(t).find() && !AFTER_WARMUP.matcher(t).find();
    }

    private static List<String> clauses(String text) {
        String t = ValueParser.clean(text);
        List<String> clauses = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(t)) {
            if (!part.isBlank()) clauses.add(part.strip());
        }
        return clauses;
    }

    /** A pattern occurring in the clause, not under a negation just before it. */
    private static boolean found(Pattern pattern, String clause) {
        Matcher m = pattern.matcher(clause);
        while (m.find()) {
            String before = clause.substring(0, m.start());
            String after = clause.substring(m.end());
            if (!NEGATION.matcher(before).find() && !AFTER_NEGATION.matcher(after).find()) return true;
        }
        return false;
    }

    private static SetTarget target(String clause) {
        if (EVERY.matcher(clause).find()) return SetTarget.ALL;
        Matcher named = NAMED.matcher(clause);
        if (named.find()) {
            List<Integer> numbers = numbers(named.group(1));
            if (!numbers.isEmpty()) return SetTarget.numbered(numbers);
        }
        Matcher lastN = LAST_N.matcher(clause);
        if (lastN.find()) return SetTarget.lastN(count(lastN.group(1)));
        if (LAST.matcher(clause).find()) return SetTarget.LAST;
        if (TOP.matcher(clause).find()) return SetTarget.TOP;
        if (FIRST.matcher(clause).find()) return SetTarget.numbered(List.of(1));
        return SetTarget.LAST;
    }

    private static int count(String word) {
        return switch (word) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> Integer.parseInt(word);
        };
    }

    /**
     * Whether the text says which sets it means ("last set AMRAP", "sets 2-3", "every set"), so a
     * Reps cell holding it is read as free text rather than as one value for every set.
     */
    public static boolean namesSets(String text) {
        // every row's Reps text is asked, and the same few texts fill a sheet
        return NAMES_SETS.of(text);
    }

    private static boolean readNamesSets(String text) {
        String t = ValueParser.clean(text);
        return EVERY.matcher(t).find() || NAMED.matcher(t).find() || LAST_N.matcher(t).find()
                || LAST.matcher(t).find() || TOP.matcher(t).find() || FIRST.matcher(t).find();
    }

    /**
     * A Notes/Type cell that labels the row as warm-up ("warm-up", "WU set", "ramp 50% x 5"), as
     * opposed to a working row's note that mentions warming up ("2 warm-up sets first",
     * "warm up light, last set to failure").
     */
    public static boolean isWarmupLabel(String text) {
        String t = ValueParser.clean(text);
        if (!isWarmup(t)) return false;
        if (WARMUP_HEADING.matcher(t).find()) return true; // "Warm-up: …", "WU - …": the row's label
        if (!marks(t).isEmpty()) return false;
        return !WARMUP_MENTION.matcher(t).find();
    }

    private static List<Integer> numbers(String spec) {
        List<Integer> numbers = new ArrayList<>();
        // at most 5 digits: longer runs are not set numbers and would overflow an int
        Matcher range = SET_RANGE.matcher(spec);
        if (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            for (int i = from; i <= to && i - from < 50; i++) numbers.add(i);
            return numbers;
        }
        Matcher m = SET_NUMBER.matcher(spec);
        while (m.find() && numbers.size() < 50) numbers.add(Integer.parseInt(m.group()));
        return numbers;
    }
}
