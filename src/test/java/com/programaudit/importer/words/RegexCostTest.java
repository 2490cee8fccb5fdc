package com.programaudit.importer.words;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the importer reads a cell in time linear in its length: a pattern with
 * overlapping quantifiers ({@code .*\d+\s*\+$}) backtracks quadratically, and a 32,767-character cell
 * then takes minutes. Cost is counted as characters the matcher reads (not as time, so the test is exact
 * on any machine): reading a 4x longer text of the same kind must cost less than 8x, where a
 * quadratic pattern costs 16x.
 */
class RegexCostTest {
    private static final int SHORT = 200;
    private static final int LONG = 4 * SHORT;
    /** Runs of the characters cells are made of, each repeated to the text's length. */
    private static final List<String> UNITS = List.of("9", " ", "9 ", "9x", "9 x ", "x9", "9-", "9 - ", "9.", "9,",
            "9.9", "a", "a ", "ab ", "9a", "@", "9+", "9/", "/", "-", "(", "9(", "rep ", "set 9 ", "week ", "9%", "9kg",
            "9 kg x ", "x", "x ", "9*", ".", ",", ", a", ";", "rpe 9 ", "9@", "day 9 ", "w9 ", "9 to ", "а", "9х", "\n");
    /** What follows the run: nothing, or a character that makes an anchored match fail only at the end. */
    private static final List<String> ENDINGS = List.of("", "!", "+", "x", "%", "a");

    @Test
    void everyPatternOfTheImporterReadsALongCellInLinearTime() throws Exception {
        List<String> quadratic = new ArrayList<>();
        List<Pattern> patterns = importerPatterns();
        assertTrue(patterns.size() > 100, "the importer's patterns were not found: " + patterns.size());
        for (Pattern pattern : patterns) {
            for (String unit : UNITS) {
                for (String ending : ENDINGS) {
                    long shortCost = cost(pattern, text(unit, SHORT, ending));
                    long longCost = cost(pattern, text(unit, LONG, ending));
                    if (longCost > 8 * Math.max(shortCost, SHORT)) {
                        quadratic.add(String.format("%s on \"%s\"x%d+\"%s\": %d reads, %d at 4x the length",
                                pattern.pattern().length() > 90 ? pattern.pattern().substring(0, 90) + "…" : pattern.pattern(),
                                unit, SHORT / unit.length(), ending, shortCost, longCost));
                        break;
                    }
                }
            }
        }
        assertTrue(quadratic.isEmpty(), quadratic.size() + " slow cases:\n" + String.join("\n", quadratic));
    }

    /**
     * Characters read by a whole match and by a find loop (find, replaceAll and split all scan so); a
     * pattern that opens with ".*" is only ever matched whole.
     */
    private static long cost(Pattern pattern, String text) {
        CountingText counted = new CountingText(text);
        pattern.matcher(counted).matches();
        if (pattern.pattern().replaceFirst("^\\(\\?i\\)", "").startsWith(".*")) return counted.reads;
        Matcher m = pattern.matcher(counted);
        while (m.find()) {
            if (m.end() == m.start() && m.end() >= text.length()) break;
        }
        return counted.reads;
    }

    private static String text(String unit, int length, String ending) {
        return unit.repeat(Math.max(1, length / unit.length())) + ending;
    }

    /** Every Pattern held in a static field (alone, in a list or in a map) of a class under importer/. */
    static List<Pattern> importerPatterns() throws Exception {
        Path classes = Path.of("target/classes");
        List<Pattern> patterns = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("com/programaudit/importer"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, true, RegexCostTest.class.getClassLoader());
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) continue;
                    field.setAccessible(true);
                    collect(field.get(null), patterns);
                }
            }
        }
        return patterns;
    }

    private static void collect(Object value, List<Pattern> patterns) {
        if (value instanceof Pattern p) patterns.add(p);
        else if (value instanceof Collection<?> c) c.forEach(v -> collect(v, patterns));
        else if (value instanceof Map<?, ?> m) m.values().forEach(v -> collect(v, patterns));
    }

    /** Text that counts the characters a matcher reads. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) { this.text = text; }

        @Override public int length() { return text.length(); }

        @Override public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override public String toString() {
            reads += text.length();
            return text;
        }
    }
}
