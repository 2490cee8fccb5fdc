package com.programaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The charts' numbers: failure sets per week, and hard sets counted as the volume rule counts them. */
class WeeklyLoadTest {
    @Test
    void countsFailureAndBeyondFailureSetsPerWeekAndSkipsDeloadWeeksForHardSets() {
        String csv = """
                Block,Week,Day,Exercise,Sets,Reps,RIR,Technique
                Hypertrophy,1,A,Leg Curl,3,10,0,
                Hypertrophy,1,A,Cable Curl,3,12,1,drop set
                Hypertrophy,1,A,Barbell Curl,2,12,4,
                Deload,2,A,Leg Curl,3,10,0,
                """;
        AuditReport report = TestRules.service().audit("load.csv", csv.getBytes(StandardCharsets.UTF_8)).get(0);
        WeeklyLoad load = report.load();
        WeeklyLoad.WeekLoad week1 = load.weeks().get(0);
        WeeklyLoad.WeekLoad week2 = load.weeks().get(1);
        assertEquals(4, week1.failureSets(), "3 leg curls at RIR 0 and the drop set");
        assertEquals(1, week1.beyondFailureSets());
        // biceps: 3 cable curls at RIR 1 or beyond; the barbell curls at RIR 4 are not hard
        assertEquals(Map.of("hamstrings", 3.0, "biceps", 3.0, "forearms", 0.0), week1.hardSets());
        assertEquals(3, week2.failureSets());
        assertEquals(Map.of(), week2.hardSets(), "deload weeks are not counted");
        assertEquals("Deload", week2.block());
        assertEquals(new com.programaudit.engine.VolumeBand(6, 10), load.band(), "the band of rules/policy.properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna_upper_lower.xlsx", "ben_strength_weeks.xlsx", "carla_weeks_across.xlsx",
            "dan_full_body.csv", "eva_clean.xls"})
    void weeksOutsideTheBandAreExactlyTheVolumeRulesFindings(String name) throws Exception {
        byte[] input = Files.readAllBytes(TestRules.RESOURCES.resolve("examples").resolve(name));
        AuditReport report = TestRules.service().audit(name, input).get(0);
        Set<String> outside = new TreeSet<>();
        Set<String> above = new TreeSet<>();
        for (WeeklyLoad.WeekLoad w : report.load().weeks()) {
            w.hardSets().forEach((muscle, n) -> {
                if (report.load().band().outside(n)) outside.add(w.week() + " " + muscle);
                if (report.load().band().above(n)) above.add(w.week() + " " + muscle);
            });
        }
        Set<String> flagged = new TreeSet<>();
        for (Finding f : report.findings()) {
            if (f.getRule().equals("WEEKLY_HARD_SETS_OUT_OF_RANGE")) {
                flagged.add(f.getLocation().getWeek() + " " + f.getLocation().getMuscle());
            }
        }
        // every finding is a count outside the band, and every count above it is a finding; a count below
        // it is one only for a muscle some exercise of the week trains directly (see the next test)
        assertTrue(outside.containsAll(flagged), "flagged " + flagged + " outside " + outside);
        assertTrue(flagged.containsAll(above), "above " + above + " flagged " + flagged);
    }
}
