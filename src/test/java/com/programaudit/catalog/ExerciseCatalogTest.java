package com.programaudit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.model.CatalogMatch;
import com.programaudit.model.Tier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** What the catalog in rules/catalog makes of names as coaches and apps write them; the cases are in src/test/resources/catalog. */
class ExerciseCatalogTest {
    private static final Path FOLDER = TestRules.RULES.resolve("catalog");
    private static final ExerciseCatalog CATALOG = load(FOLDER);

    private static ExerciseCatalog load(Path folder) {
        try {
            return ExerciseCatalog.load(folder);
        } catch (CatalogException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvFileSource(resources = "/catalog/lookups.csv", encoding = "UTF-8")
    void lookup(String written, String exercise, Tier tier) {
        CatalogMatch match = CATALOG.lookup(written);
        assertEquals(exercise, match.getName(), written);
        assertEquals(tier, match.getTier(), written);
        assertEquals(tier == Tier.CONDITIONING, match.isConditioning(), written);
        if (match.isConditioning()) assertTrue(match.getMuscles().isEmpty(), written + " counts no hard sets");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvFileSource(resources = "/catalog/conditioning_text.csv", encoding = "UTF-8")
    void conditioningText(String text, boolean conditioning) {
        assertEquals(conditioning, CATALOG.isConditioningText(text), text);
    }

    @Test
    void normalizeKeepsEveryScriptAndFoldsAccents() {
        assertEquals("abdomen", ExerciseCatalog.normalize("Abdômen"));
        assertEquals("жим лежа", ExerciseCatalog.normalize("Жим лёжа"));
        assertEquals("스미스머신스쿼트", ExerciseCatalog.normalize("스미스머신 스쿼트"));
        assertEquals("デッドリフト", ExerciseCatalog.normalize("デッドリフト"));
        assertEquals("squat 5x5", ExerciseCatalog.normalize("ＳＱＵＡＴ – 5x5"));
    }

    @Test
    void findInReturnsTheLongestNameInsideText() {
        assertEquals("Close-Grip Bench Press", CATALOG.findIn("Жим лежа узким хватом, 3 подхода").orElseThrow().getName());
        assertEquals("Smith Machine Squat", CATALOG.findIn("오늘은 스미스머신 스쿼트 5세트").orElseThrow().getName());
        assertEquals("Barbell Row", CATALOG.findIn("then some heavy barbell rows to finish").orElseThrow().getName());
        assertTrue(CATALOG.findIn("rest day").isEmpty());
        assertTrue(CATALOG.findIn("").isEmpty());
    }

    @Test
    void lookupLooksInsideShortTextsOnly() {
        assertFalse(CATALOG.lookup("Back squats, then walk home slowly and stretch well").isKnown());
    }

    @Test
    void everyAliasNamesACatalogExercise() {
        for (String language : new String[] {"es", "pt", "fr", "de", "it", "ru", "ja", "ko"}) {
            assertTrue(Files.exists(FOLDER.resolve("aliases/" + language + ".csv")), language);
        }
    }

    @Test
    void anAliasForAnUnknownExerciseIsALoadProblem(@TempDir Path rules) throws Exception {
        TestRules.copyRulesTo(rules);
        Path catalog = rules.resolve("catalog");
        Files.writeString(catalog.resolve("aliases/xx.csv"), "alias,exercise\nSquatto,Back Squat\nBenchi,Bench Presso\n",
                StandardCharsets.UTF_8);
        CatalogException e = assertThrows(CatalogException.class, () -> ExerciseCatalog.load(catalog));
        assertEquals("aliases/xx.csv:3: 'Benchi' names exercise 'Bench Presso', which is not in exercises.csv", e.getMessage());
    }

    @Test
    void conditioningCountsNoMuscles(@TempDir Path rules) throws Exception {
        TestRules.copyRulesTo(rules);
        Path catalog = rules.resolve("catalog");
        Files.writeString(catalog.resolve(ExerciseCatalog.FILE), "Hill Run,,conditioning,other,quads,no,\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        CatalogException e = assertThrows(CatalogException.class, () -> ExerciseCatalog.load(catalog));
        assertTrue(e.getMessage().matches("exercises\\.csv:\\d+: Hill Run is conditioning.*"), e.getMessage());
    }

    /** The cheap letter count that skips far names must never skip a name within the limit (it is a lower bound). */
    @org.junit.jupiter.api.Test
    void theLetterCountThatSkipsFarNamesIsALowerBoundOfTheEditDistance() {
        java.util.Random random = new java.util.Random(20261130);
        String alphabet = "abcde é";
        int[] counts = new int[128];
        int skipped = 0;
        for (int n = 0; n < 20_000; n++) {
            String a = randomText(random, alphabet);
            String b = randomText(random, alphabet);
            int limit = random.nextInt(9);
            int distance = new org.apache.commons.text.similarity.LevenshteinDistance().apply(a, b);
            if (ExerciseCatalog.lettersDifferBeyond(a, b, limit, counts)) {
                skipped++;
                assertTrue(distance > limit, a + " / " + b + " skipped at limit " + limit + " but " + distance + " apart");
            }
            for (int count : counts) assertEquals(0, count, "counts are left zeroed");
        }
        assertTrue(skipped > 1_000, "the check skips names: " + skipped);
    }

    private static String randomText(java.util.Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(14); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return text.toString();
    }

    @Test
    void anAsciiNameIsNormalisedAsTheUnicodePassesWould() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "aZ09 _-.,()/\t\n#'\"+%&xyzABC";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = text.toString();
            org.junit.jupiter.api.Assertions.assertEquals(ExerciseCatalog.unicodeKey(written), ExerciseCatalog.asciiKey(written), "[" + written + "]");
        }
        org.junit.jupiter.api.Assertions.assertEquals("back squat 2", ExerciseCatalog.asciiKey("  Back-Squat (2) "));
        org.junit.jupiter.api.Assertions.assertNull(ExerciseCatalog.asciiKey("Développé couché"), "left to the Unicode passes");
        org.junit.jupiter.api.Assertions.assertEquals("developpe couche", ExerciseCatalog.normalize("Développé couché"));
    }
}
