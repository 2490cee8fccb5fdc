package com.programaudit.importer.words;

import com.programaudit.memo.BoundedMemo;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Header words of SPREADSHEETS.md; case, spaces and punctuation are ignored. */
public final class HeaderWords {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    // letters of every script stay (Übung, Упражнение, 種目, 운동); punctuation and symbols go
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}#%]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EFFORT_WORD_RPE = Pattern.compile("(?:^| )rpe(?: |$)");
    private static final Pattern EFFORT_WORD_RIR = Pattern.compile("(?:^| )rir(?: |$)");

    /**
     * Normalized header word → column, from the rules folder's vocabulary (see {@link #install}), and whether
     * one of them is written in digits alone ("1", "2 3"): almost never. One object, so both change together.
     */
    private record Words(Map<String, Column> exact, boolean numberWords) { }

    private static volatile Words installed;

    /** Every cell of every row is asked whether it is a header: remember the answers (bounded). */
    private static final int CACHE_LIMIT = 20_000;
    private static final BoundedMemo<String, Optional<Column>> COLUMNS = new BoundedMemo<>(CACHE_LIMIT);

    private HeaderWords() { }

    /**
     * Makes the vocabulary of a rules folder the header words every reader uses (the rule book does
     * this when it loads). Static because the words are asked cell by cell deep inside the readers.
     */
    public static synchronized void install(HeaderVocabulary vocabulary) {
        Map<String, Column> words = new LinkedHashMap<>();
        vocabulary.words().forEach((column, list) -> list.forEach(w -> words.putIfAbsent(normalize(w), column)));
        words.put("#", Column.ORDER);
        installed = new Words(words, words.keySet().stream().anyMatch(HeaderWords::isNumber));
        COLUMNS.clear();
    }

    /** Until a rule book installs its words: the vocabulary of ./rules (tests, tools run from the project). */
    private static Map<String, Column> exact() {
        Words words = installed;
        if (words == null) {
            install(HeaderVocabulary.load(java.nio.file.Path.of("rules"), new java.util.ArrayList<>()));
            words = installed;
        }
        return words.exact();
    }

    /** Lower case, accents and punctuation removed, spaces collapsed; '#' and '%' kept. */
    public static String normalize(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String spaced = PUNCTUATION.matcher(plain.toLowerCase(Locale.ROOT).replace('×', 'x')).replaceAll(" ").trim();
        return SPACES.matcher(spaced).replaceAll(" ");
    }

    /**
     * {@link #normalize}, kept per text up to 256 characters: layouts compare every cell of a sheet's first
     * rows with header words, and the same texts come back sheet after sheet.
     */
    public static String key(String text) {
        if (text.isEmpty()) return ""; // what normalize makes of it, whatever the words: most cells a layout probes are empty
        return text.length() > 256 ? normalize(text) : KEYS.get(text, HeaderWords::normalize);
    }

    private static final BoundedMemo<String, String> KEYS = new BoundedMemo<>(CACHE_LIMIT);

    /** The column a header names: an exact header word first, then a header word at its start or end. */
    public static Optional<Column> columnOf(String header) {
        // most cells of a sheet hold numbers, which name no column unless a header word is a number
        if (header.isEmpty()) return Optional.empty(); // an empty key names no column (lookUp)
        Words words = installed;
        if (words != null && !words.numberWords() && isNumber(header)) return Optional.empty();
        // longer texts are notes, seldom repeated: not worth keeping
        return header.length() > 256 ? lookUp(header) : COLUMNS.get(header, HeaderWords::lookUp);
    }

    /**
     * Digits with spaces, dots or commas between ("8", "12.5", "1,000"), and at least one digit: what
     * {@link #normalize} makes of it is digits and spaces, which only a header word of digits could be.
     */
    public static boolean isNumber(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if (c != ' ' && c != '.' && c != ',') return false;
        }
        return digit;
    }

    /** key.startsWith(word + " ") without building the string: this runs per header word for every new text. */
    private static boolean startsWithWord(String key, String word) {
        return key.length() > word.length() && key.charAt(word.length()) == ' ' && key.startsWith(word);
    }

    /** key.endsWith(" " + word), likewise. */
    private static boolean endsWithWord(String key, String word) {
        return key.length() > word.length() && key.charAt(key.length() - word.length() - 1) == ' ' && key.endsWith(word);
    }

    private static Optional<Column> lookUp(String header) {
        String key = key(header); // the layouts asked for it already: remembered
        if (key.isEmpty()) return Optional.empty();
        Map<String, Column> words = exact();
        Column known = words.get(key);
        if (known != null) return Optional.of(known);
        // "Intensity (RPE)", "RPE/RIR", "Effort (RIR)": the effort word decides, wherever it stands
        // (an RPE column also reads values written as RIR, see ValueParser.rpe)
        if (EFFORT_WORD_RPE.matcher(key).find()) return Optional.of(Column.RPE);
        if (EFFORT_WORD_RIR.matcher(key).find()) return Optional.of(Column.RIR);
        for (Map.Entry<String, Column> word : words.entrySet()) {
            String w = word.getKey();
            if (w.length() >= 2 && (startsWithWord(key, w) || endsWithWord(key, w))) {
                return Optional.of(word.getValue());
            }
        }
        return Optional.empty();
    }
}
