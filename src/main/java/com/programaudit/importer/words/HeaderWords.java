package com.programaudit.importer.words;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;
import com.programaudit.importer.layouts.*;
import com.programaudit.importer.assembly.*;
import com.programaudit.importer.*;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Header words of SPREADSHEETS.md; case, spaces and punctuation are ignored. */
public final class HeaderWords {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern PUNCTUATION = Pattern.compile("[^a-z0-9#%]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<Column, List<String>> WORDS = new EnumMap<>(Column.class);
    private static final Pattern EFFORT_WORD_RPE = Pattern.compile("(?:^| )rpe(?: |$)");
    private static final Pattern EFFORT_WORD_RIR = Pattern.compile("(?:^| )rir(?: |$)");

    static {
        WORDS.put(Column.PROGRAM, List.of("program", "client", "athlete", "client name", "program name"));
        WORDS.put(Column.BLOCK, List.of("block", "phase", "mesocycle", "meso", "block name", "phase name"));
        WORDS.put(Column.WEEK, List.of("week", "wk", "weeks", "wks", "week number", "week no", "week #", "microcycle"));
        WORDS.put(Column.DAY, List.of("day", "session", "workout", "training day", "day name", "session name",
                "workout name", "day session"));
        WORDS.put(Column.ORDER, List.of("order", "#", "no", "ex", "ex #", "exercise #", "exercise order", "position"));
        WORDS.put(Column.EXERCISE, List.of("exercise", "movement", "lift", "exercise name", "exercises"));
        WORDS.put(Column.SETS, List.of("sets", "# sets", "working sets", "no of sets", "number of sets", "set count"));
        WORDS.put(Column.REPS, List.of("reps", "repetitions", "rep range", "reps per set", "rep", "target reps"));
        WORDS.put(Column.SETS_X_REPS, List.of("sets x reps", "sets reps", "setsxreps", "prescription", "scheme",
                "volume", "sets & reps", "sets and reps", "sets×reps"));
        WORDS.put(Column.LOAD, List.of("load", "weight", "kg", "lbs", "lb", "%1rm", "% 1rm", "intensity", "1rm",
                "load kg", "weight kg", "load lbs"));
        WORDS.put(Column.RIR, List.of("rir", "reps in reserve", "target rir"));
        WORDS.put(Column.RPE, List.of("rpe", "effort", "target rpe", "@rpe"));
        WORDS.put(Column.TECHNIQUE, List.of("technique", "method", "intensity technique", "techniques",
                "intensity techniques", "advanced technique"));
        WORDS.put(Column.NOTES, List.of("notes", "comments", "coach notes", "cues", "instructions", "note",
                "comment", "coaching notes", "remarks"));
        WORDS.put(Column.TYPE, List.of("type", "set type", "kind"));
        WORDS.put(Column.SET, List.of("set", "set #", "set no", "set number"));
        WORDS.put(Column.SUPERSET, List.of("superset", "pair", "group", "circuit"));
        WORDS.put(Column.FAILURE, List.of("failure", "to failure", "fail", "failure set", "go to failure"));
        WORDS.put(Column.DATE, List.of("date", "session date", "workout date", "scheduled date", "scheduled for"));
        WORDS.put(Column.REST, List.of("rest", "rest period", "rest time", "recovery", "rest s", "rest min"));
    }

    private static final Map<String, Column> EXACT = new LinkedHashMap<>();

    static {
        WORDS.forEach((column, words) -> words.forEach(w -> EXACT.putIfAbsent(normalize(w), column)));
        EXACT.put("#", Column.ORDER);
    }

    /** Every cell of every row is asked whether it is a header: remember the answers (bounded). */
    private static final int CACHE_LIMIT = 20_000;
    private static final Map<String, Optional<Column>> CACHE = new ConcurrentHashMap<>();

    private HeaderWords() { }

    /** Lower case, accents and punctuation removed, spaces collapsed; '#' and '%' kept. */
    public static String normalize(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String spaced = PUNCTUATION.matcher(plain.toLowerCase(Locale.ROOT).replace('×', 'x')).replaceAll(" ").trim();
        return SPACES.matcher(spaced).replaceAll(" ");
    }

    /** The column a header names: an exact header word first, then a header word at its start or end. */
    public static Optional<Column> columnOf(String header) {
        Optional<Column> known = CACHE.get(header);
        if (known != null) return known;
        Optional<Column> column = lookUp(header);
        if (header.length() > 64) return column; // long texts are notes, not headers: not worth keeping
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        CACHE.put(header, column);
        return column;
    }

    private static Optional<Column> lookUp(String header) {
        String key = normalize(header);
        if (key.isEmpty()) return Optional.empty();
        Column exact = EXACT.get(key);
        if (exact != null) return Optional.of(exact);
        // "Intensity (RPE)", "RPE/RIR", "Effort (RIR)": the effort word decides, wherever it stands
        // (an RPE column also reads values written as RIR, see ValueParser.rpe)
        if (EFFORT_WORD_RPE.matcher(key).find()) return Optional.of(Column.RPE);
        if (EFFORT_WORD_RIR.matcher(key).find()) return Optional.of(Column.RIR);
        for (Map.Entry<String, Column> word : EXACT.entrySet()) {
            String w = word.getKey();
            if (w.length() >= 2 && (key.startsWith(w + " ") || key.endsWith(" " + w))) {
                return Optional.of(word.getValue());
            }
        }
        return Optional.empty();
    }
}
