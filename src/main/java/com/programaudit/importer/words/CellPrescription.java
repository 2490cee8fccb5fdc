package com.programaudit.importer.words;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell holding an exercise and its prescription, as coaches write plans in a column per
 * session: "Bench Press 3 x 8-10", "side Lateral Raises 3 x faliure", "스미스머신 스쿼트 (10kg + 10kg)
 * 5~10 x 3", or the prescription alone ("75.0 kg x 6", "20x18x16x14x12", "3 sets of 8").
 * The name is what precedes the prescription; load in brackets, technique and warm-up words are
 * taken out of it and handed over as load and notes.
 */
public record CellPrescription(String name, Scheme scheme, String load, String notes, String effort, boolean warmup) {
    // each reader's answers, remembered per text with the words installed (CoachWords.memo)
    private static final CoachWords.Memo<CellPrescription> PRESCRIPTIONS = CoachWords.memo("prescription", CellPrescription::read);

    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    private static final String RANGE = "\\d+(?:\\s*[-~]\\s*\\d+)?\\+?";
    private static final String FAIL = "(?:to\\s+)?(?:failures?|faliures?|failiures?|failue|amrap|max(?:\\s+reps)?)";
    /** "@RPE8", "@8", "@ 2 RIR" right after the reps; not "@ 75%" or "@ 100kg", which are loads. */
    private static final String EFFORT = "(?:\\s*@\\s*(?:rpe|rir)?\\s*\\d+(?:[.,]\\d+)?(?:\\s*-\\s*\\d+)?(?:\\s*(?:rpe|rir))?"
            + "(?![\\d.,%]|\\s*(?:%|kg|lb)))?";
    /** "10/8/6": one reps number per set after the x. */
    private static final String REPS_LIST = "\\d+(?:\\s*/\\s*\\d+)+";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "75.0 kg x 6", "100 lb x 5 x 3": load, reps, and sets when a third number follows. */
    private static final Pattern LOAD_X_REPS = Pattern.compile(
            "(?<![\\d.,])(" + NUM + "\\s*(?:kgs?|lbs?|kilos?|%))\\s*[x*]\\s*(" + RANGE + ")(" + EFFORT + ")(?:\\s*[x*]\\s*(\\d+))?",
            FLAGS);
    /** "20x18x16x14x12": one reps number per set, a pyramid. */
    private static final Pattern CHAIN = Pattern.compile("(?<![\\d.,])\\d+(?:\\s*[x*]\\s*\\d+){2,}(?![\\d.,])", FLAGS);
    private static final Pattern CHAIN_SPLIT = Pattern.compile(Linear.SPACES_BEFORE + "[x*]\\s*", FLAGS);
    /** "3 sets of 8", "4 séries de 10": sets named as such come first whatever the sheet's habit. */
    private static final Pattern SETS_OF = Pattern.compile(
            "(?<![\\d.,])(\\d+)\\s*(?:sets?|s[ée]ries?|s[äa]tze|подход\\p{L}*|세트)\\s*(?:of|x|de|по)?\\s*(" + RANGE + "|" + FAIL + ")("
                    + EFFORT + ")", FLAGS);
    /** "3 x 8-10", "5~10 x 3", "3 x failure", "2 x" (sets, reps left to the words): the common case. */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\d.,\\p{L}])(" + RANGE + ")\\s*[x*]\\s*(" + REPS_LIST + "|" + RANGE + "|" + FAIL + ")?(" + EFFORT + ")(?![\\p{L}\\d])", FLAGS);
    /** "x5@6", "x 8-10": reps without a set count. */
    private static final Pattern WHOLE_RANGE = Pattern.compile(RANGE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern REPS_ONLY = Pattern.compile("(?<![\\p{L}\\d])x\\s*(" + RANGE + ")(" + EFFORT + ")", FLAGS);
    /** "1 - 2 min hold", "2.1 km": a duration or distance, one bout. */
    private static final Pattern DOSE = Pattern.compile(
            "(?<![\\d.,])" + NUM + "(?:\\s*-\\s*" + NUM + ")?\\s*(?:min(?:ute)?s?|sec(?:ond)?s?|km|m|mi|miles?|meters?|metres?|hours?|분|초)(?![\\p{L}])",
            FLAGS);
    /** "Weighted Pushup - faliure": a failure word with no set count. */
    private static final Pattern FAILURE_ALONE = Pattern.compile("(?<![\\p{L}])" + FAIL + "(?![\\p{L}])", FLAGS);

    /** "(10kg + 10kg)", "(0kg)": the load, written in brackets after the name. */
    private static final Pattern BRACKET_LOAD = Pattern.compile("\\(([^()]*\\d\\s*(?:kgs?|lbs?|kilos?)[^()]*)\\)", FLAGS);
    private static final Pattern WARMUP = Pattern.compile(
            "(?<![\\p{L}])(?:warm[- ]?ups?|웜업|워밍업|aquecimento|calentamiento|[ée]chauffement|aufw[äa]rmen|разминка|ウォームアップ)(?![\\p{L}])",
            FLAGS);
    /** Technique and failure words written after the name: kept for the notes, not part of the name. */
    private static final Pattern TECHNIQUE_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:(?:last|final)\\s+)?(?:drop\\s*sets?|drops?|super\\s*sets?|rest[- ]pause|" + FAIL + ")(?![\\p{L}])",
            FLAGS);
    private static final Pattern FAILURE_TYPO = Pattern.compile("(?<![\\p{L}])(?:failures|faliures?|failiures?|failue)(?![\\p{L}])", FLAGS);
    /** A lone "drop" ("(last drop)", "3 x 10 drop") is a drop set. */
    private static final Pattern LONE_DROP = Pattern.compile("(?<![\\p{L}])drop(?!\\s*-?\\s*sets?)(?![\\p{L}])", FLAGS);
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*\\]");
    /** Separators around a name, and the "x" left of a superset written "costas baixo x ". */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\-:,;.*/|]+|(?:[\\s\\-:,;.*/|]|\\sx(?=\\s|$))+$", FLAGS);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern NAME_LETTERS = Pattern.compile("\\p{L}{3}");
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    /** "100kg", "@ 140 lbs": a load written loose beside the sets and reps. */
    private static final Pattern LOOSE_LOAD = Pattern.compile(
            "(?:@\\s*)?(?<![\\d.,])(" + NUM + "\\s*(?:kgs?|lbs?|kilos?|%))(?![\\p{L}])", FLAGS);
    /** "RPE 8", "rpe8", "@ 2 RIR", "1-2 RIR": effort written as words beside the sets and reps. */
    private static final Pattern EFFORT_WORDS = Pattern.compile(
            "(?:@\\s*)?(?<![\\p{L}])(?:rpe|rir)\\s*[:=]?\\s*\\d+(?:[.,]\\d+)?(?:\\s*-\\s*\\d+(?:[.,]\\d+)?)?"
                    + "|(?:@\\s*)?(?<![\\d.,])\\d+(?:[.,]\\d+)?(?:\\s*-\\s*\\d+)?\\s*(?:rir|rpe)(?![\\p{L}])", FLAGS);
    /** Words after the sets and reps that name no exercise: "3 x 12 reps", "2 x 30 sec each side". */
    private static final Pattern UNIT_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:reps?|repetitions?|sets?|each|per|side|sides|leg|legs|arm|arms|ea|hold|rest|sec|secs|seconds?"
                    + "|min|mins|minutes?|and|with|then|last|first|all|every)(?![\\p{L}])", FLAGS);

    /**
     * The prescription part: sets and reps as written, with whether they may be the other way round
     * ({@code 10 x 3}: ten reps of three sets in some habits).
     */
    public record Scheme(String first, String second, boolean swappable, int vote) {
        /** Sets, reps: {@code repsFirst} when the sheet writes reps before sets ("5~10 x 3"). */
        public String sets(boolean repsFirst) { return repsFirst && swappable ? second : first; }
        public String reps(boolean repsFirst) { return repsFirst && swappable ? first : second; }
    }

    /** Where the prescription sits in the cell and what it says. */
    private record Match(Scheme scheme, int start, int end, boolean dose) { }

    /** Reads a cell; the name is empty when the cell is only a prescription. Kept per text: layouts read a cell more than once. */
    public static CellPrescription parse(String text) {
        return PRESCRIPTIONS.of(text);
    }

    private static CellPrescription read(String text) {
        String t = plain(text);
        String load = "";
        Matcher bracket = BRACKET_LOAD.matcher(t);
        if (bracket.find()) {
            load = bracket.group(1).strip();
            t = cut(t, bracket);
        }
        Match match = scheme(t);
        String before = match == null ? t : t.substring(0, match.start());
        String after = match == null ? "" : t.substring(match.end());
        // a load or effort written loose around the sets and reps: "Squat 100kg 5x5", "3x3 @ 140kg", "3x8 RPE 8"
        String[] parts = {before, after};
        String looseLoad = take(LOOSE_LOAD, parts);
        if (load.isEmpty()) load = looseLoad;
        String effort = take(EFFORT_WORDS, parts);
        before = parts[0];
        after = parts[1];
        // the name may follow the prescription: "4x6-8 Bench Press"
        boolean nameAfter = !LETTER.matcher(before).find() && NAME_LETTERS.matcher(UNIT_WORDS.matcher(
                TECHNIQUE_WORDS.matcher(BRACKETS.matcher(after).replaceAll(" ")).replaceAll(" ")).replaceAll(" ")).find();
        String nameSource = nameAfter ? BRACKETS.matcher(after).replaceAll(" ") : before;
        // technique words in the name and the words after the prescription are the notes ("(last drop set)");
        // the rest of the name is left out, its words are no remark ("close grip" is not "close to failure")
        StringBuilder remarks = new StringBuilder();
        Matcher technique = TECHNIQUE_WORDS.matcher(nameSource);
        while (technique.find()) remarks.append(technique.group()).append(' ');
        if (match != null && match.dose()) remarks.append(t, match.start(), match.end()).append(' ');
        if (nameAfter) {
            Matcher inBrackets = BRACKETS.matcher(after);
            while (inBrackets.find()) remarks.append(inBrackets.group()).append(' ');
        } else {
            remarks.append(after);
        }
        String notes = typos(remarks.toString().strip());
        String name = WARMUP.matcher(TECHNIQUE_WORDS.matcher(nameSource).replaceAll(" ")).replaceAll(" ");
        name = EMPTY_BRACKETS.matcher(name).replaceAll(" ");
        name = EDGES.matcher(SPACES.matcher(name).replaceAll(" ")).replaceAll("").strip();
        if (!LETTER.matcher(name).find()) name = "";
        return new CellPrescription(name, match == null ? null : match.scheme(), load, notes, effort,
                WARMUP.matcher(t).find());
    }

    /** The first way of writing sets and reps found in the text, most specific first. */
    private static Match scheme(String t) {
        Matcher m;
        if ((m = LOAD_X_REPS.matcher(t)).find()) {
            return new Match(new Scheme(m.group(4) == null ? "1" : m.group(4), m.group(2) + effort(m.group(3)), false, 0),
                    m.start(), m.end(), false);
        }
        if ((m = CHAIN.matcher(t)).find()) {
            List<String> reps = List.of(CHAIN_SPLIT.split(m.group()));
            return new Match(new Scheme(String.valueOf(reps.size()), String.join("/", reps), false, 0), m.start(), m.end(), false);
        }
        if ((m = SETS_OF.matcher(t)).find()) {
            return new Match(new Scheme(m.group(1), typos(m.group(2)) + effort(m.group(3)), false, 0), m.start(), m.end(), false);
        }
        if ((m = PAIR.matcher(t)).find()) {
            return new Match(pair(m.group(1), m.group(2) == null ? "" : m.group(2), effort(m.group(3))), m.start(), m.end(), false);
        }
        if ((m = REPS_ONLY.matcher(t)).find()) {
            return new Match(new Scheme("", m.group(1) + effort(m.group(2)), false, 0), m.start(), m.end(), false);
        }
        if ((m = DOSE.matcher(t)).find()) return new Match(new Scheme("1", "", false, 0), m.start(), m.end(), true);
        if ((m = FAILURE_ALONE.matcher(t)).find()) return new Match(new Scheme("", "failure", false, 0), m.start(), m.end(), false);
        return null;
    }

    /** The first match of the pattern in the parts (in order), cut out of its part; "" when none. */
    private static String take(Pattern pattern, String[] parts) {
        for (int i = 0; i < parts.length; i++) {
            Matcher m = pattern.matcher(parts[i]);
            if (m.find()) {
                parts[i] = cut(parts[i], m);
                return (m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group()).strip();
            }
        }
        return "";
    }

    private static String cut(String text, Matcher m) {
        return (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
    }

    public boolean hasName() { return !name.isEmpty(); }

    /** A set count, reps, a distance or time, or a failure or technique word. */
    public boolean hasPrescription() { return scheme != null || !FreeText.marks(notes).isEmpty(); }

    public Optional<Scheme> schemeOpt() { return Optional.ofNullable(scheme); }

    /** "3 x 8-10" sets first; "5~10 x 3" reps first (a range is reps); "10 x 3" only by the sheet's habit. */
    private static Scheme pair(String left, String right, String effort) {
        boolean leftRange = left.contains("-") || left.contains("~") || left.endsWith("+");
        boolean rightNumber = DIGITS.matcher(right).matches();
        boolean rightRange = WHOLE_RANGE.matcher(right).matches() && !rightNumber;
        String reps = typos(right);
        if (leftRange && rightNumber) return new Scheme(right, left.replace('~', '-') + effort, false, 3);
        if (!DIGITS.matcher(left).matches()) return new Scheme(left, reps + effort, false, 0);
        if (rightRange || (!right.isEmpty() && !rightNumber)) return new Scheme(left, reps + effort, false, -3);
        if (right.isEmpty()) return new Scheme(left, "", false, 0);
        int l = Integer.parseInt(left);
        int r = Integer.parseInt(right);
        return new Scheme(left, right + effort, effort.isEmpty(), Integer.compare(l, r));
    }

    private static String effort(String text) {
        return text == null || text.isBlank() ? "" : " " + text.strip();
    }

    /** "faliure", "failures" as "failure"; a lone "drop" as "drop set". */
    private static String typos(String text) {
        String t = FAILURE_TYPO.matcher(text).replaceAll("failure");
        return LONE_DROP.matcher(t).replaceAll("drop set");
    }

    /** Dashes, multiplication signs, wave dashes and spaces as plain ASCII; case kept. */
    private static String plain(String text) {
        return ValueParser.timesAsX(text).replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-').replace('\u00A0', ' ')
                .replace('\uFF5E', '~').replace('\u301C', '~').strip();
    }
}
