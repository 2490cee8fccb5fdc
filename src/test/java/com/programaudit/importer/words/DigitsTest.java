package com.programaudit.importer.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast paths for plain numbers stand in for regexes: they must say exactly what the regex says. */
class DigitsTest {
    @Test
    void plainIsWhatADigitsRegexMatchesWhole() {
        Random random = new Random(7);
        String alphabet = "0123456789 .,-x+٣a";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) text.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 10)));
            for (int longest : new int[] {1, 5, 9}) {
                boolean regex = Pattern.compile("\\d{1," + longest + "}").matcher(text).matches();
                assertEquals(regex, Digits.plain(text.toString(), longest), "'" + text + "' up to " + longest);
            }
        }
    }

    @Test
    void plainNumbersReadAsTheRegexPathsReadThem() {
        assertEquals(java.util.Optional.of(3), ValueParser.sets("3"));
        assertEquals(java.util.Optional.of(3), ValueParser.sets("03"));
        assertEquals(java.util.Optional.of(80.0), ValueParser.load("80"));
        assertEquals(java.util.Optional.of(2), Keywords.number("2"));
        assertEquals(java.util.Optional.empty(), Keywords.number(""));
        assertEquals(java.util.Optional.empty(), Keywords.number("123456"));
    }

    /** The empty-cell fast paths give what the general paths give. */
    @Test
    void anEmptyCellReadsAsTheGeneralPathReadsIt() {
        assertEquals("", HeaderWords.normalize(""));
        assertEquals("", HeaderWords.key(""));
        assertEquals(java.util.Optional.empty(), HeaderWords.columnOf(""));
        assertEquals("", ValueParser.timesAsX("").toLowerCase(java.util.Locale.ROOT).strip());
        assertEquals("", ValueParser.clean(""));
    }
}
