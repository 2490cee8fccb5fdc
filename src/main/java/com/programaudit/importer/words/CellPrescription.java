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
public record CellPrescription(String name, Scheme scheme, String load, String notes, boolean warmup) {

    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    private static final String RANGE = "\\d+(?:\\s*[-~]\\s*\\d+)?\\+?";
    private static final String FAIL = "(?:to\\s+)?(?:failures?|faliures?|failiures?|failue|amrap|max(?:\\s+reps)?)";
    private static final String EFFORT = "(?:\\s*@\\s*(?:rpe|rir)?\\s*\\d+(?:[.,]\\d+)?(?:\\s*-\\s*\\d+)?(?:\\s*(?:rpe|rir))?)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "75.0 kg x 6", "100 lb x 5 x 3": load, reps, and sets when a third number follows. */
    private static final Pattern LOAD_X_REPS = Pattern.compile(
            "(?<![\\d.,])(" + NUM + "\\s*(?:kgs?|lbs?|kilos?|%))\\s*[x*]\\s*(" + RANGE + ")(" + EFFORT + ")(?:\\s*[x*]\\s*(\\d+))?",
            FLAGS);
    /** "20x18x16x14x12": one reps number per set, a pyramid. */
    private static final Pattern CHAIN = Pattern.compile("(?<![\\d.,])\\d+(?:\\s*[x*]\\s*\\d+){2,}(?![\\d.,])", FLAGS);
    private static final Pattern CHAIN_SPLIT = Pattern.compile("\\s*[x*]\\s*", FLAGS);
    /** "3 sets of 8", "4 séries de 10": sets named as such come first whatever the sheet's habit. */
    private static final Pattern SETS_OF = Pattern.compile(
            "(?<![\\d.,])(\\d+)\\s*(?:sets?|s[ée]ries?|s[äa]tze|подход\\p{L}*|세트)\\s*(?:of|x|de|по)?\\s*(" + RANGE + "|" + FAIL + ")("
                    + EFFORT + ")", FLAGS);
    /** "3 x 8-10", "5~10 x 3", "3 x failure", "2 x" (sets, reps left to the words): the common case. */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\d.,\\p{L}])(" + RANGE + ")\\s*[x*]\\s*(" + RANGE + "|" + FAIL + ")?(" + EFFORT + ")(?![\\p{L}\\d])", FLAGS);
    /** "x5@6", "x 8-10": reps without a set count. */
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

    /**
     * The prescription part: sets and reps as written, with whether they may be the other way round
     * ({@code 10 x 3}: ten reps of three sets in some habits).
     */
    public record Scheme(String first, String second, boolean swappable, int vote) {
        /** Sets, reps: {@code repsFirst} when the sheet writes reps before sets ("5~10 x 3"). */
        public String sets(boolean repsFirst) { return repsFirst && swappable ? second : first; }
        public String reps(boolean repsFirst) { return repsFirst && swappable ? first : second; }
    }

    /** Reads a cell; the name is empty when the cell is only a prescription. */
    public static CellPrescription parse(String text) {
        String t = plain(text);
        String load = "";
        Matcher bracket = BRACKET_LOAD.matcher(t);
        if (bracket.find()) {
            load = bracket.group(1).strip();
            t = (t.substring(0, bracket.start()) + " " + t.substring(bracket.end())).strip();
        }
        Scheme scheme = null;
        int start = -1;
        int end = -1;
        boolean dose = false;
        Matcher m;
        if ((m = LOAD_X_REPS.matcher(t)).find()) {
            if (load.isEmpty()) load = m.group(1).strip();
            scheme = new Scheme(m.group(4) == null ? "1" : m.group(4), m.group(2) + effort(m.group(3)), false, 0);
        } else if ((m = CHAIN.matcher(t)).find()) {
            List<String> reps = List.of(CHAIN_SPLIT.split(m.group()));
            scheme = new Scheme(String.valueOf(reps.size()), String.join("/", reps), false, 0);
        } else if ((m = SETS_OF.matcher(t)).find()) {
            scheme = new Scheme(m.group(1), typos(m.group(2)) + effort(m.group(3)), false, 0);
        } else if ((m = PAIR.matcher(t)).find()) {
            scheme = pair(m.group(1), m.group(2) == null ? "" : m.group(2), effort(m.group(3)));
        } else if ((m = REPS_ONLY.matcher(t)).find()) {
            scheme = new Scheme("", m.group(1) + effort(m.group(2)), false, 0);
        } else if ((m = DOSE.matcher(t)).find()) {
            scheme = new Scheme("1", "", false, 0);
            dose = true;
        } else if ((m = FAILURE_ALONE.matcher(t)).find()) {
            scheme = new Scheme("", "failure", false, 0);
        } else {
            m = null;
        }
        if (m != null) {
            start = m.start();
            end = m.end();
        }
        String before = start < 0 ? t : t.substring(0, start);
        String after = start < 0 ? "" : t.substring(end);
        // technique words in the name and the words after the prescription are the notes ("(last drop set)");
        // the rest of the name is left out, its words are no remark ("close grip" is not "close to failure")
        StringBuilder remarks = new StringBuilder();
        Matcher technique = TECHNIQUE_WORDS.matcher(before);
        while (technique.find()) remarks.append(technique.group()).append(' ');
        if (dose) remarks.append(m.group()).append(' ');
        String notes = typos((remarks + after).strip());
        boolean warmup = WARMUP.matcher(t).find();
        String name = WARMUP.matcher(TECHNIQUE_WORDS.matcher(before).replaceAll(" ")).replaceAll(" ");
        name = EMPTY_BRACKETS.matcher(name).replaceAll(" ");
        name = EDGES.matcher(name.replaceAll("\\s+", " ")).replaceAll("").strip();
        if (!LETTER.matcher(name).find()) name = "";
        return new CellPrescription(name, scheme, load, notes, warmup);
    }

    public boolean hasName() { return !name.isEmpty(); }

    /** A set count, reps, a distance or time, or a failure or technique word. */
    public boolean hasPrescription() { return scheme != null || !FreeText.marks(notes).isEmpty(); }

    public Optional<Scheme> schemeOpt() { return Optional.ofNullable(scheme); }

    /** "3 x 8-10" sets first; "5~10 x 3" reps first (a range is reps); "10 x 3" only by the sheet's habit. */
    private static Scheme pair(String left, String right, String effort) {
        boolean leftRange = left.contains("-") || left.contains("~") || left.endsWith("+");
        boolean rightNumber = right.matches("\\d+");
        boolean rightRange = right.matches(RANGE) && !rightNumber;
        String reps = typos(right);
        if (leftRange && rightNumber) return new Scheme(right, left.replace('~', '-') + effort, false, 3);
        if (!left.matches("\\d+")) return new Scheme(left, reps + effort, false, 0);
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
        return text.replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-').replace('\u00A0', ' ')
                .replace('×', 'x').replace('\uFF5E', '~').replace('\u301C', '~').strip();
    }
}
