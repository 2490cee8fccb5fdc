package com.programaudit.importer.words;

import com.programaudit.memo.BoundedMemo;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Effort and session words in other languages ({@code rules/vocabulary/words.csv}: meaning,language,word),
 * read as the English words the importer's patterns know: "al fallo" is "to failure", "разминка" is
 * "warm-up", "1주차" is "week 1". Data, so a coach adds a language without a rebuild; installed by the
 * rule book like the header words, and applied where every cell's text is cleaned.
 */
public final class CoachWords {
    public static final String FILE = "vocabulary/words.csv";

    private static volatile Translation translation;
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    /** Answers kept per reader: enough for every distinct short text of a large batch. */
    private static final int KEPT = 20_000;

    private CoachWords() { }

    /**
     * What one rules folder's words make of a text, and what readers made of short cell texts with them;
     * texts repeat cell after cell, so answers are kept (bounded) until other words are installed.
     */
    private record Translation(Pattern words, Map<String, String> meaning, Map<String, BoundedMemo<String, Object>> read) {
        /** Longer texts are notes, seldom repeated: not worth keeping per reader. */
        private static final int LONGEST_KEPT = 64;

        Translation(Pattern words, Map<String, String> meaning) {
            this(words, meaning, new java.util.concurrent.ConcurrentHashMap<>());
        }

        /** Lower-case text with every known foreign word replaced by its English meaning. */
        String apply(String text) {
            return meaning.isEmpty() || text.isEmpty() ? text : translate(text);
        }

        /** What {@code reader} makes of the text: kept in {@code memory}, unless the text is too long to be worth keeping. */
        static <T> T remembered(BoundedMemo<String, T> memory, String raw, Function<String, T> reader) {
            return raw.length() <= LONGEST_KEPT ? memory.get(raw, reader) : reader.apply(raw);
        }

        /** Each reader ({@code how}) keeps answers of its own type: the cast only gives back what it stored. */
        @SuppressWarnings("unchecked")
        private <T> BoundedMemo<String, T> memo(String how) {
            BoundedMemo<String, Object> memo = read.get(how);
            if (memo == null) memo = read.computeIfAbsent(how, k -> new BoundedMemo<>(KEPT));
            return (BoundedMemo<String, T>) (BoundedMemo<String, ?>) memo;
        }

        private String translate(String text) {
            Matcher m = words.matcher(text);
            if (!m.find()) return text;
            StringBuilder out = new StringBuilder();
            do {
                m.appendReplacement(out, Matcher.quoteReplacement(" " + meaning.get(m.group()) + " "));
            } while (m.find());
            m.appendTail(out);
            return SPACES.matcher(out).replaceAll(" ").strip();
        }
    }

    /**
     * {@code prepare(raw)} with every known foreign word put in English, remembered per raw text with the words now installed (a reload of the
     * rules folder installs new words, and with them an empty memory).
     */
    public static String cleaned(String raw, UnaryOperator<String> prepare) {
        Translation t = current();
        Cleaning cleaning = lastCleaning;
        // one reader per cell text: made again only when the words or the preparation change
        if (cleaning == null || cleaning.words() != t || cleaning.prepare() != prepare) {
            cleaning = new Cleaning(t, prepare, t.memo("clean"));
            lastCleaning = cleaning;
        }
        return Translation.remembered(cleaning.memory(), raw, cleaning);
    }

    private static volatile Cleaning lastCleaning;

    /**
     * {@code prepare}, then the words put in English, with the words' memory of cleaned texts (held here, so a cell
     * does not look it up by name). A class, not a lambda: every cell's text comes through here, and the audit JVM's
     * C1 compiler builds a capturing lambda through a slow method-handle call.
     */
    private record Cleaning(Translation words, UnaryOperator<String> prepare, BoundedMemo<String, String> memory)
            implements Function<String, String> {
        @Override
        public String apply(String text) { return words.apply(prepare.apply(text)); }
    }

    /**
     * A reader whose answers to short cell texts are remembered with the words now installed ({@code how} names
     * it): the same Reps or RIR texts fill every sheet. Only for readers whose answer is immutable. Held in a
     * static field by its reader, so a call finds its memory without looking the name up.
     */
    public static <T> Memo<T> memo(String how, Function<String, T> read) {
        return new Memo<>(how, read);
    }

    /** See {@link #memo}. */
    public static final class Memo<T> {
        private final String how;
        private final Function<String, T> read;
        /** The words it was last used with, and its memory under them; replaced when other words are installed. */
        private volatile Held<T> held;

        private Memo(String how, Function<String, T> read) {
            this.how = how;
            this.read = read;
        }

        /** What the reader makes of the text: remembered, unless the text is too long to be worth keeping. */
        public T of(String raw) {
            Translation words = current();
            Held<T> h = held;
            if (h == null || h.words() != words) {
                h = new Held<>(words, words.memo(how));
                held = h;
            }
            return Translation.remembered(h.memory(), raw, read);
        }
    }

    private record Held<T>(Translation words, BoundedMemo<String, T> memory) { }

    private static Translation current() {
        Translation t = translation;
        if (t == null) {
            install(Path.of("rules"), new ArrayList<>());
            t = translation;
        }
        return t;
    }

    /** Reads the rules folder's words and makes them the ones every reader uses; bad lines go to {@code problems}. */
    public static synchronized void install(Path rulesFolder, List<String> problems) {
        Map<String, String> meaning = new HashMap<>();
        Path file = rulesFolder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                         .setCommentMarker('#').build().parse(reader)) {
                for (CSVRecord row : parser) {
                    String where = FILE + ":" + (row.getRecordNumber() + 1) + ": ";
                    if (row.size() != 3 || row.get(0).isBlank() || row.get(2).isBlank()) {
                        problems.add(where + "expected meaning,language,word (e.g. to failure,es,al fallo)");
                        continue;
                    }
                    String word = row.get(2).strip().toLowerCase(Locale.ROOT);
                    String previous = meaning.putIfAbsent(word, row.get(0).strip().toLowerCase(Locale.ROOT));
                    if (previous != null && !previous.equals(row.get(0).strip().toLowerCase(Locale.ROOT))) {
                        problems.add(where + "'" + word + "' already means '" + previous + "'");
                    }
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                problems.add(FILE + ":0: cannot read the coach words: " + e.getMessage());
            }
        }
        translation = new Translation(pattern(meaning.keySet()), meaning);
    }

    /**
     * Longest words first; a word written in letters stands alone (one look-behind for them all), one in
     * Han, Kana or Hangul may be part of a longer word.
     */
    private static Pattern pattern(java.util.Set<String> words) {
        if (words.isEmpty()) return Pattern.compile("(?!)");
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> lettered = new ArrayList<>();
        List<String> cjk = new ArrayList<>();
        for (String word : sorted) {
            (word.codePoints().anyMatch(CoachWords::isCjk) ? cjk : lettered).add(Pattern.quote(word));
        }
        List<String> parts = new ArrayList<>();
        if (!lettered.isEmpty()) parts.add("(?<![\\p{L}\\p{N}])(?:" + String.join("|", lettered) + ")(?![\\p{L}])");
        if (!cjk.isEmpty()) parts.add("(?:" + String.join("|", cjk) + ")");
        return Pattern.compile(String.join("|", parts));
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
