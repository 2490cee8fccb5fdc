package com.programaudit.importer.assembly;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;
import com.programaudit.importer.*;

import com.programaudit.catalog.ExerciseCatalog;
import com.programaudit.model.Block;
import com.programaudit.model.BlockType;
import com.programaudit.model.CatalogMatch;
import com.programaudit.model.CellRef;
import com.programaudit.model.DataIssue;
import com.programaudit.model.ExerciseEntry;
import com.programaudit.model.Field;
import com.programaudit.model.PlannedSet;
import com.programaudit.model.Program;
import com.programaudit.model.ProgramFacts;
import com.programaudit.model.Tier;
import com.programaudit.model.ProgramReading;
import com.programaudit.model.Session;
import com.programaudit.model.SetRow;
import com.programaudit.model.SourceCell;
import com.programaudit.model.Week;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the rows a layout reader found into program facts: weeks in program order, sessions by
 * position in their week, blocks, catalog matches and planned sets. Shared by every layout.
 */
public final class ProgramAssembler {
    public static final String WHOLE_PROGRAM = "Whole program";
    /** A note that opens with "Deload" ("DELOAD - halve the sets") marks its week, as a week label would. */
    private static final java.util.regex.Pattern DELOAD_NOTE = java.util.regex.Pattern.compile("^(?:deload|deload week)\\b");

    private final String fileName;
    private final ExerciseCatalog catalog;

    public ProgramAssembler(String fileName, ExerciseCatalog catalog) {
        this.fileName = fileName;
        this.catalog = catalog;
    }

    public List<ProgramFacts> assemble(List<RawEntry> rows, ProgramDetails details, List<DataIssue> readIssues,
                                       ProgramReading.Source source) throws ImportException {
        Map<String, List<RawEntry>> byProgram = new LinkedHashMap<>();
        for (RawEntry row : rows) byProgram.computeIfAbsent(row.program(), k -> new ArrayList<>()).add(row);
        List<ProgramFacts> programs = new ArrayList<>();
        for (Map.Entry<String, List<RawEntry>> program : byProgram.entrySet()) {
            programs.add(assembleOne(program.getKey(), program.getValue(), details, readIssues, source));
        }
        return programs;
    }

    private ProgramFacts assembleOne(String programKey, List<RawEntry> rows, ProgramDetails details,
                                     List<DataIssue> readIssues, ProgramReading.Source source) {
        List<DataIssue> issues = new ArrayList<>(readIssues);
        Function<RawEntry, String> weekKey = weekKey(rows);
        Map<String, Integer> weekOf = order(rows, weekKey);
        int weekCount = Math.max(1, weekOf.size());
        List<Block> blocks = blocks(rows, weekOf, weekKey, weekCount, details);
        List<Week> weeks = new ArrayList<>();
        Map<Integer, List<RawEntry>> rowsByWeek = new LinkedHashMap<>();
        for (RawEntry row : rows) {
            rowsByWeek.computeIfAbsent(weekOf.getOrDefault(weekKey.apply(row), 1), k -> new ArrayList<>()).add(row);
        }

        List<Session> sessions = new ArrayList<>();
        List<ExerciseEntry> entries = new ArrayList<>();
        List<PlannedSet> sets = new ArrayList<>();
        SetPlanner planner = new SetPlanner(issues);
        Map<String, CatalogMatch> matches = new HashMap<>();
        Function<String, CatalogMatch> lookUp = catalog::lookup; // made once, not per entry
        for (int w = 1; w <= weekCount; w++) {
            List<RawEntry> weekRows = rowsByWeek.getOrDefault(w, List.of());
            if (weekRows.isEmpty()) continue;
            RawEntry first = weekRows.get(0);
            Block block = blockOf(blocks, w);
            String weekLabel = first.week() == null ? "Week " + w : first.week().getText();
            boolean deload = Keywords.isDeload(weekLabel) || first.deloadSheet() || block.isDeload()
                    || anyDeloadNote(weekRows);
            Week week = new Week(w, weekLabel, deload, block.getName(),
                    first.week() == null ? first.exercise().getRef() : first.week().getRef());
            weeks.add(week);
            int weekStart = sets.size();

            Map<Integer, List<RawEntry>> rowsByDay = sessions(weekRows);
            for (Map.Entry<Integer, List<RawEntry>> day : rowsByDay.entrySet()) {
                int d = day.getKey();
                RawEntry firstOfDay = day.getValue().get(0);
                String dayLabel = firstOfDay.day() == null ? "Day " + d : firstOfDay.day().getText();
                int position = 0;
                for (List<RawEntry> entryRows : groupSetRows(day.getValue())) {
                    RawEntry head = entryRows.get(0);
                    String name = head.exercise().getText();
                    CatalogMatch match = matches.computeIfAbsent(name, lookUp);
                    boolean conditioning = isConditioning(match, head);
                    List<SetPlan> plans = new ArrayList<>();
                    List<SetRow> planRows = new ArrayList<>();
                    // loops rather than streams and lambdas: this runs for every row of every program
                    for (RawEntry row : entryRows) {
                        List<SetPlan> rowPlans = planner.plan(row.cells(), name);
                        if (conditioning) rowPlans = withoutEffort(rowPlans);
                        SetRow setRow = new SetRow(row.cells(), workingCount(rowPlans));
                        plans.addAll(rowPlans);
                        for (int i = 0; i < rowPlans.size(); i++) planRows.add(setRow);
                    }
                    int working = workingCount(plans);
                    if (working > 0) position++;
                    ExerciseEntry entry = new ExerciseEntry(entries.size() + 1, w, d, working > 0 ? position : 0,
                            name, dayLabel, match, block.getName(), block.getType(), deload, working,
                            plans.size() - working, head.exercise().getRef(), head.cells(), conditioning);
                    entries.add(entry);
                    List<PlannedSet> entrySets = toSets(entry, plans, planRows, working);
                    entry.attachSets(entrySets);
                    sets.addAll(entrySets);
                }
                sessions.add(new Session(w, d, dayLabel, block.getName(), deload, position,
                        firstOfDay.day() == null ? firstOfDay.exercise().getRef() : firstOfDay.day().getRef()));
            }
            week.countSets(sets.subList(weekStart, sets.size()));
        }
        String athlete = details.athlete() != null && programKey.isEmpty() ? details.athlete()
                : programKey.isEmpty() ? null : programKey;
        String name = programKey.isEmpty() && details.name() != null ? details.name()
                : programKey.isEmpty() ? Grid.stem(fileName) : programKey;
        Program program = new Program(fileName, name, athlete, details.coach(), details.level(),
                details.trainsAlone(), weekCount, blocks, reading(source, rows, weeks, sessions, entries, sets));
        return new ProgramFacts(program, weeks, sessions, entries, sets, issues, details.settings());
    }

    private static int workingCount(List<SetPlan> plans) {
        int working = 0;
        for (SetPlan plan : plans) {
            if (!plan.warmup()) working++;
        }
        return working;
    }

    private static List<SetPlan> withoutEffort(List<SetPlan> plans) {
        List<SetPlan> without = new ArrayList<>(plans.size());
        for (SetPlan plan : plans) without.add(plan.withoutEffort());
        return List.copyOf(without);
    }

    /** Conditioning by the catalog (sprints, bike, rower) or by the words around it (metcon, EMOM, intervals). */
    private boolean isConditioning(CatalogMatch match, RawEntry head) {
        if (match.isConditioning()) return true;
        // an app logs cardio by distance or time, with no reps ("Remo (Máquina)", 2000 m, 480 s, RPE 10)
        if (match.getTier() != Tier.HEAVY_COMPOUND && loggedByDistanceOrTime(head)) return true;
        // a carry or a sled for metres ("Farmer's Carry 4 x 40m") is done for distance, not reps to failure
        if (match.isKnown()) return match.getTier() != Tier.HEAVY_COMPOUND && forDistance(head.text(Field.REPS).strip());
        StringBuilder text = new StringBuilder(head.exercise().getText());
        for (Field field : CONDITIONING_HINTS) text.append(' ').append(head.text(field));
        return catalog.isConditioningText(text.toString());
    }

    /**
     * FOR_DISTANCE, asked only of texts starting with the digit it needs and holding more than digits (it needs a unit
     * after them): most reps cells are plain numbers or empty.
     */
    private static boolean forDistance(String reps) {
        return !reps.isEmpty() && reps.charAt(0) >= '0' && reps.charAt(0) <= '9' && !Digits.plain(reps, reps.length())
                && FOR_DISTANCE.matcher(reps).matches();
    }

    private static boolean loggedByDistanceOrTime(RawEntry head) {
        boolean measured = positive(head.text(Field.DISTANCE)) || positive(head.text(Field.DURATION));
        return measured && !positive(head.text(Field.REPS)) && head.text(Field.SETS_X_REPS).isBlank();
    }

    private static boolean positive(String text) {
        // most cells are empty: an exception per empty cell was a tenth of the assembly's time
        if (text.isBlank()) return false;
        try {
            return Double.parseDouble(text.strip().replace(',', '.')) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a row of the week has a note that starts "deload" (or "deload week"). */
    private static boolean anyDeloadNote(List<RawEntry> rows) {
        for (RawEntry row : rows) {
            String note = ValueParser.clean(row.text(Field.NOTES));
            // DELOAD_NOTE is anchored at a leading "deload": no other note needs a matcher
            if (note.startsWith("deload") && DELOAD_NOTE.matcher(note).find()) return true;
        }
        return false;
    }

    /** A reps cell of a distance ("40m", "2 km"); asked only of texts starting with a digit and holding more (see forDistance). */
    private static final java.util.regex.Pattern FOR_DISTANCE = java.util.regex.Pattern.compile(
            "(?i)^\\d+(?:[.,]\\d+)?\\s*(?:m|km|yds?|yards?|meters?|metres?|mi|miles?|ft|feet|metros|metri|м|км)$");
    /** Cells where a metcon or an interval shows itself ("AMRAP 5 min", "EMOM 10", "ALL OUT 30 s"). */
    private static final List<Field> CONDITIONING_HINTS = List.of(Field.REPS, Field.SETS_X_REPS, Field.NOTES, Field.TYPE);

    private static ProgramReading reading(ProgramReading.Source source, List<RawEntry> rows, List<Week> weeks,
                                          List<Session> sessions, List<ExerciseEntry> entries, List<PlannedSet> sets) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (RawEntry row : rows) used.add(row.exercise().getRef().getSheet());
        List<String> sheets = new ArrayList<>();
        for (String sheet : source.sheets()) if (used.contains(sheet)) sheets.add(sheet);
        // every set belongs to one week, which counted it
        int working = 0;
        int failure = 0;
        int beyond = 0;
        for (Week week : weeks) {
            working += week.getWorkingSetCount();
            failure += week.getFailureSetCount();
            beyond += week.getBeyondFailureSetCount();
        }
        int conditioning = 0;
        for (ExerciseEntry entry : entries) if (entry.isConditioning()) conditioning++;
        return new ProgramReading(source.layout(), source.why(), sheets.isEmpty() ? source.sheets() : sheets,
                sessions.size(), entries.size(), working, failure, beyond, sets.size() - working, conditioning,
                source.sheetsWithoutRows());
    }

    private static List<PlannedSet> toSets(ExerciseEntry entry, List<SetPlan> plans, List<SetRow> rows, int working) {
        List<PlannedSet> sets = new ArrayList<>();
        int workingNumber = 0;
        int warmupNumber = 0;
        for (int i = 0; i < plans.size(); i++) {
            SetPlan plan = plans.get(i);
            int number = plan.warmup() ? ++warmupNumber : ++workingNumber;
            sets.add(new PlannedSet(entry, number, plan.warmup(), !plan.warmup() && number == working,
                    plan.rir(), plan.rpe(), plan.load(), plan.failure(), plan.techniques(), plan.effortFrom(),
                    rows.get(i)));
        }
        return sets;
    }

    /**
     * Consecutive rows of one exercise in a session are one entry: one row per set (a Set column),
     * or a top-set row followed by back-off rows. A row numbered set 1 starts a new entry.
     */
    private static List<List<RawEntry>> groupSetRows(List<RawEntry> rows) {
        List<List<RawEntry>> groups = new ArrayList<>();
        for (RawEntry row : rows) {
            List<RawEntry> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            List<RawEntry> earlier = continuedSet(groups, row);
            if (last != null && sameExercise(last.get(0), row) && !isFirstSet(row)) {
                last.add(row);
            } else if (earlier != null) {
                // a superset logged set by set (A1 set 1, A2 set 1, A1 set 2 …): set n joins set n-1
                earlier.add(row);
            } else {
                groups.add(new ArrayList<>(List.of(row)));
            }
        }
        return groups;
    }

    /** The earlier entry of this exercise whose last row is the set just before this row's set number. */
    private static List<RawEntry> continuedSet(List<List<RawEntry>> groups, RawEntry row) {
        Optional<Integer> number = Keywords.number(row.text(Field.SET_NUMBER));
        if (number.isEmpty() || number.get() <= 1) return null;
        int previous = number.get() - 1;
        for (int i = groups.size() - 1; i >= 0; i--) {
            List<RawEntry> group = groups.get(i);
            RawEntry lastRow = group.get(group.size() - 1);
            // no lambda: this runs for every earlier entry of every numbered set row
            if (sameExercise(lastRow, row) && Keywords.number(lastRow.text(Field.SET_NUMBER)).orElse(-1) == previous) {
                return group;
            }
        }
        return null;
    }

    private static boolean sameExercise(RawEntry a, RawEntry b) {
        return ValueParser.clean(a.exercise().getText()).equalsIgnoreCase(ValueParser.clean(b.exercise().getText()));
    }

    private static boolean isFirstSet(RawEntry row) {
        return Keywords.number(row.text(Field.SET_NUMBER)).map(n -> n == 1).orElse(false);
    }

    private List<Block> blocks(List<RawEntry> rows, Map<String, Integer> weekOf, Function<RawEntry, String> weekKey,
                               int weekCount,
                               ProgramDetails details) {
        Map<Integer, SourceCell> blockOfWeek = new HashMap<>();
        for (RawEntry row : rows) {
            if (row.block() != null) blockOfWeek.putIfAbsent(weekOf.getOrDefault(weekKey.apply(row), 1), row.block());
        }
        List<Block> blocks = new ArrayList<>();
        if (!blockOfWeek.isEmpty()) {
            SourceCell current = null;
            int start = 1;
            for (int w = 1; w <= weekCount; w++) {
                SourceCell cell = blockOfWeek.getOrDefault(w, current);
                if (current != null && !cell.getText().equalsIgnoreCase(current.getText())) {
                    blocks.add(new Block(current.getText(), typeOf(current.getText(), details), start, w - 1,
                            current.getRef()));
                    start = w;
                }
                if (current == null) start = w;
                // a block keeps the cell of its first week: that is where the coach named it
                if (current == null || !cell.getText().equalsIgnoreCase(current.getText())) current = cell;
            }
            if (current != null) {
                blocks.add(new Block(current.getText(), typeOf(current.getText(), details), start, weekCount,
                        current.getRef()));
            }
            return blocks;
        }
        for (BlockSpec spec : details.blocks()) {
            int first = Math.max(1, spec.firstWeek());
            int last = Math.min(weekCount, spec.lastWeek());
            if (first <= last) blocks.add(new Block(spec.name(), spec.type(), first, last, spec.origin()));
        }
        if (!blocks.isEmpty()) return blocks;
        RawEntry first = rows.isEmpty() ? null : rows.get(0);
        CellRef origin = first == null ? null : first.exercise().getRef();
        return List.of(new Block(WHOLE_PROGRAM, BlockType.NONE, 1, weekCount, origin));
    }

    private static BlockType typeOf(String blockName, ProgramDetails details) {
        for (BlockSpec spec : details.blocks()) {
            if (spec.name().equalsIgnoreCase(blockName) && spec.type() != BlockType.NONE) return spec.type();
        }
        return Keywords.blockType(blockName);
    }

    private static Block blockOf(List<Block> blocks, int week) {
        for (Block block : blocks) {
            if (block.contains(week)) return block;
        }
        return new Block(WHOLE_PROGRAM, BlockType.NONE, week, week, null);
    }

    /**
     * A week's rows split into sessions, numbered 1.. in program order. Numbered labels ("Day 1",
     * "2") name a session wherever they appear; named ones ("Upper", "A") repeat within a week
     * (Upper/Lower/Upper/Lower), so each run of consecutive rows is its own session.
     */
    private static Map<Integer, List<RawEntry>> sessions(List<RawEntry> weekRows) {
        Map<Integer, List<RawEntry>> sessions = new LinkedHashMap<>();
        Map<String, Integer> dayOf = order(weekRows, r -> label(r.day()));
        if (numbered(dayOf.keySet())) {
            for (RawEntry row : weekRows) sessions.computeIfAbsent(dayOf.get(label(row.day())), k -> new ArrayList<>()).add(row);
            return sessions;
        }
        String previous = null;
        for (RawEntry row : weekRows) {
            String label = label(row.day());
            if (!label.equals(previous)) sessions.put(sessions.size() + 1, new ArrayList<>());
            sessions.get(sessions.size()).add(row);
            previous = label;
        }
        return sessions;
    }

    /**
     * What makes a week a week: its label, or its block and label when each block numbers its weeks
     * from 1 again (Hypertrophy 1-2, Strength 1-2, Deload 1): then weeks keep the order they appear in.
     */
    private static Function<RawEntry, String> weekKey(List<RawEntry> rows) {
        Map<String, java.util.Set<String>> blocksOfWeek = new HashMap<>();
        for (RawEntry row : rows) {
            blocksOfWeek.computeIfAbsent(label(row.week()), k -> new java.util.HashSet<>()).add(label(row.block()));
        }
        // (rows without a week label are one week whatever their blocks: a session card's phases)
        boolean restarts = blocksOfWeek.entrySet().stream().anyMatch(e -> !e.getKey().isEmpty() && e.getValue().size() > 1);
        return restarts ? row -> label(row.block()) + " / " + label(row.week()) : row -> label(row.week());
    }

    private static String label(SourceCell cell) {
        return cell == null ? "" : ValueParser.clean(cell.getText());
    }

    /**
     * Every label holds one number ("Week 2", "3", "Day 1.0") and no two share it. A date
     * ("20/01/2025") holds several, so dated weeks keep the order they were written in.
     */
    private static boolean numbered(java.util.Collection<String> labels) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (String label : labels) {
            if (ONE_NUMBER.matcher(label).results().count() != 1) return false;
            Optional<Integer> number = Keywords.number(label);
            if (number.isEmpty() || !seen.add(number.get())) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern ONE_NUMBER = java.util.regex.Pattern.compile("\\d+(?:\\.0+)?(?![\\d.])");

    /**
     * 1-based order of the distinct labels: by their numbers when every label has a distinct number
     * ("Week 2", "3"), otherwise in the order they first appear.
     */
    private static Map<String, Integer> order(List<RawEntry> rows, Function<RawEntry, String> label) {
        // a set: a list's contains() made a 50,000-row log of 2,500 weeks quadratic
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (RawEntry row : rows) seen.add(label.apply(row));
        List<String> ordered = new ArrayList<>(seen);
        if (numbered(seen)) ordered.sort((a, b) -> Keywords.number(a).get() - Keywords.number(b).get());
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) index.put(ordered.get(i), i + 1);
        return index;
    }
}
