package com.programaudit.importer.words;

import com.programaudit.model.DataIssue;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import com.programaudit.model.Technique;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Works out the planned sets of one entry from the cells the coach wrote: how many, which are
 * warm-ups, and each set's effort and techniques (RULES.md settled readings).
 */
public final class SetPlanner {
    private static final int MAX_SETS = 30;
    /** A dash or "n/a" is how coaches leave a cell empty on purpose. */
    private static final java.util.regex.Pattern NOTHING = java.util.regex.Pattern.compile("(?i)^\\s*(?:[-\u2013\u2014]+|n/?a|#n/a|#ref!|#value!|#div/0!|#name\\?|#null!|#num!)\\s*$");
    /** Asked only of texts holding @, rpe or rir (see namesEffort): a new word here goes there too. */
    private static final java.util.regex.Pattern EFFORT_IN_LOAD = java.util.regex.Pattern.compile(
            "^@|(?<![a-z])(?:rpe|rir)(?![a-z])");
    /**
     * What EFFORT_IN_LOAD finds, asked only of texts holding what it needs ("@" first, "rpe" or "rir"): most load
     * cells are numbers, and the regex tries each position of them.
     */
    private static boolean namesEffort(String cleaned) {
        return (cleaned.startsWith("@") || cleaned.contains("rpe") || cleaned.contains("rir")) && EFFORT_IN_LOAD.matcher(cleaned).find();
    }

    /** "3+", "8-10+": at least that many, then as many as possible. */
    private static final java.util.regex.Pattern REPS_PLUS = java.util.regex.Pattern.compile("^(\\d+(?:\\s*-\\s*\\d+)?)\\s*\\+$");

    /** Cells read as numbers and effort words; a longer text in one of them is read as a note instead. */
    private static final Set<Field> VALUE_FIELDS = EnumSet.of(Field.SETS, Field.REPS, Field.SETS_X_REPS, Field.LOAD,
            Field.RIR, Field.RPE);

    private final List<DataIssue> issues;

    public SetPlanner(List<DataIssue> issues) { this.issues = issues; }

    public List<SetPlan> plan(Map<Field, SourceCell> written, String exerciseName) {
        Map<Field, SourceCell> notes = new java.util.EnumMap<>(Field.class);
        Map<Field, SourceCell> cells = valuesOfValueLength(written, notes);
        boolean warmup = isWarmupRow(cells, exerciseName);
        // plain ifs rather than lambdas in this method: it runs for every row, and the audit JVM's C1
        // compiler builds each capturing lambda through a slow method-handle call
        Optional<SourceCell> schemeCell = cell(cells, Field.SETS_X_REPS);
        Optional<ValueParser.SetsAndReps> scheme = schemeCell.isPresent() ? parseScheme(schemeCell.get()) : Optional.empty();
        List<String> rir = items(cells, Field.RIR);
        List<String> rpe = items(cells, Field.RPE);
        // "10, last set AMRAP" or "3 x 12, last set AMRAP": the words say which sets, so the reps cell is
        // read like a note rather than as one value for every set
        Field repsField = scheme.isPresent() ? Field.SETS_X_REPS : Field.REPS;
        String repsText = scheme.map(ValueParser.SetsAndReps::reps)
                .orElse(cell(cells, Field.REPS).map(SourceCell::getText).orElse(""));
        boolean repsNameSets = FreeText.namesSets(repsText);
        List<String> reps = repsNameSets ? List.of() : ValueParser.items(repsText);
        // an "Intensity" column may hold "@8" or "RPE 8" rather than a load: read those as effort
        boolean loadIsEffort = cell(cells, Field.LOAD).map(c -> namesEffort(ValueParser.clean(c.getText()))).orElse(false);
        List<String> loads = loadIsEffort ? List.of() : items(cells, Field.LOAD);
        int count = setCount(cells, scheme, rir, rpe, reps);
        if (scheme.isPresent()) reps = plusOnLastSet(reps, count);

        List<Double> rirs = new ArrayList<>();
        List<Double> rpes = new ArrayList<>();
        List<Boolean> failures = new ArrayList<>();
        List<Set<Field>> from = new ArrayList<>();
        List<Set<Technique>> techniques = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rirs.add(null);
            rpes.add(null);
            failures.add(false);
            from.add(EnumSet.noneOf(Field.class));
            techniques.add(EnumSet.noneOf(Technique.class));
        }
        applyEffort(cells, Field.RIR, rir, ValueParser::rir, rirs, rpes, failures, from);
        applyEffort(cells, Field.RPE, rpe, ValueParser::rpe, rirs, rpes, failures, from);
        if (loadIsEffort) applyEffort(cells, Field.LOAD, items(cells, Field.LOAD), ValueParser::rpe, rirs, rpes, failures, from);
        applyEffort(cells, repsField, reps, ValueParser::reps, rirs, rpes, failures, from);
        if (scheme.isPresent() && !scheme.get().effort().isEmpty()) {
            applyEffort(cells, Field.SETS_X_REPS, List.of(scheme.get().effort()), SetPlanner::schemeEffort, rirs, rpes, failures, from);
        }

        List<Double> loadValues = new ArrayList<>(loads.size());
        for (String load : loads) loadValues.add(ValueParser.load(load).orElse(null));
        int topSet = topSet(loadValues, count);
        // a "To failure?" column: yes/TRUE plans the last set to failure (like the word in a note),
        // other words say which sets ("last set only", "all sets")
        Optional<SourceCell> failureFlag = cell(cells, Field.FAILURE_FLAG);
        if (failureFlag.isPresent()) {
            SourceCell c = failureFlag.get();
            Optional<Boolean> yes = Keywords.yesNo(c.getText());
            String text = yes.isPresent() ? (yes.get() ? "to failure" : "") : c.getText() + " to failure";
            for (FreeText.Mark mark : FreeText.marks(text)) {
                if (!mark.isFailure()) continue;
                for (int n : mark.target().resolve(count, 1)) {
                    failures.set(n - 1, true);
                    from.get(n - 1).add(Field.FAILURE_FLAG);
                }
            }
        }
        List<Field> textFields = repsNameSets ? List.of(repsField, Field.TECHNIQUE, Field.NOTES)
                : List.of(Field.TECHNIQUE, Field.NOTES);
        for (Field field : textFields) notes.putIfAbsent(field, cells.get(field));
        for (Map.Entry<Field, SourceCell> note : notes.entrySet()) {
            Optional<SourceCell> noteCell = cell(notes, note.getKey());
            if (noteCell.isEmpty()) continue;
            for (FreeText.Mark mark : FreeText.marks(noteCell.get().getText())) {
                for (int n : mark.target().resolve(count, topSet)) {
                    if (mark.isFailure()) failures.set(n - 1, true);
                    else techniques.get(n - 1).add(mark.technique());
                    from.get(n - 1).add(note.getKey());
                }
            }
        }

        List<SetPlan> plans = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Double load = loadValues.isEmpty() ? null : loadValues.get(Math.min(i, loadValues.size() - 1));
            plans.add(new SetPlan(i + 1, warmup, rirs.get(i), rpes.get(i), load, failures.get(i),
                    techniques.get(i), from.get(i)));
        }
        return plans;
    }

    /**
     * The cells without the value cells longer than any value ({@link ValueParser#LONGEST_VALUE}): those
     * go to {@code notes}, read for their words as a note is, never parsed as numbers.
     */
    private Map<Field, SourceCell> valuesOfValueLength(Map<Field, SourceCell> cells, Map<Field, SourceCell> notes) {
        Map<Field, SourceCell> values = null;
        for (Field field : VALUE_FIELDS) {
            SourceCell cell = cells.get(field);
            if (cell == null || cell.getText().length() <= ValueParser.LONGEST_VALUE) continue;
            if (values == null) values = new java.util.EnumMap<>(cells);
            values.remove(field);
            notes.put(field, cell);
            issue(cell, String.format(java.util.Locale.ROOT, "The %s cell holds %,d characters, more than a value has"
                    + " (at most %d); read as a note.", describe(field), cell.getText().length(), ValueParser.LONGEST_VALUE));
        }
        return values == null ? cells : values;
    }

    /**
     * "5x3+", "3x15+" (GZCLP, 5/3/1, StrongLifts): the plus closes the scheme, so only the last set is
     * done for as many reps as possible; the sets before it stop at the number.
     */
    private static List<String> plusOnLastSet(List<String> reps, int count) {
        if (reps.size() != 1 || count < 2) return reps;
        java.util.regex.Matcher plus = REPS_PLUS.matcher(reps.get(0));
        if (!plus.matches()) return reps;
        List<String> perSet = new ArrayList<>(java.util.Collections.nCopies(count - 1, plus.group(1)));
        perSet.add(reps.get(0));
        return perSet;
    }

    public static boolean isWarmupRow(Map<Field, SourceCell> cells, String exerciseName) {
        for (Field field : List.of(Field.TYPE, Field.SET_NUMBER)) {
            SourceCell cell = cells.get(field);
            if (cell != null && FreeText.isWarmup(cell.getText())) return true;
        }
        // an app's "isWarmup" column: true/false rather than a set type's name
        SourceCell flag = cells.get(Field.TYPE);
        if (flag != null && (flag.getText().strip().equalsIgnoreCase("true") || flag.getText().strip().equalsIgnoreCase("yes"))) return true;
        // Notes may only mention warming up ("2 warm-up sets first"): they mark the row when they label it
        for (Field field : List.of(Field.NOTES, Field.TECHNIQUE)) {
            SourceCell cell = cells.get(field);
            if (cell != null && FreeText.isWarmupLabel(cell.getText())) return true;
        }
        return exerciseName != null && FreeText.isWarmup(exerciseName);
    }

    private int setCount(Map<Field, SourceCell> cells, Optional<ValueParser.SetsAndReps> scheme,
                         List<String> rir, List<String> rpe, List<String> reps) {
        Optional<SourceCell> sets = cell(cells, Field.SETS);
        Integer count = null;
        if (sets.isPresent()) {
            count = ValueParser.sets(sets.get().getText()).orElse(null);
            if (count == null) {
                issue(sets.get(), "Sets value '" + sets.get().getText() + "' is not a number of sets; read as 1 set.");
            }
        } else if (scheme.isPresent()) {
            count = scheme.get().sets();
        }
        if (count == null) {
            count = Math.max(1, Math.max(rir.size(), Math.max(rpe.size(), reps.size())));
        }
        if (count > MAX_SETS) {
            issue(sets.orElse(cells.get(Field.SETS_X_REPS)), count + " sets is more than one exercise plausibly has; read as "
                    + MAX_SETS + ".");
            count = MAX_SETS;
        }
        return Math.max(count, 1);
    }

    private Optional<ValueParser.SetsAndReps> parseScheme(SourceCell cell) {
        Optional<ValueParser.SetsAndReps> scheme = ValueParser.setsAndReps(cell.getText());
        if (scheme.isEmpty()) issue(cell, "Sets × reps value '" + cell.getText() + "' is not like 4x8; ignored.");
        return scheme;
    }

    /** "@RPE8", "@8" (RPE), "@2 RIR", "@ failure" after a sets × reps scheme. */
    private static Effort schemeEffort(String text) {
        String t = ValueParser.clean(text);
        return t.contains("rir") ? ValueParser.rir(t) : ValueParser.rpe(t);
    }

    private void applyEffort(Map<Field, SourceCell> cells, Field field, List<String> items,
                             Function<String, Effort> parser, List<Double> rirs, List<Double> rpes,
                             List<Boolean> failures, List<Set<Field>> from) {
        if (items.isEmpty()) return;
        int count = rirs.size();
        if (items.size() > 1 && items.size() != count) {
            issue(cells.get(field), "The list '" + cells.get(field).getText() + "' has " + items.size()
                    + " values for " + count + " sets; the last value is used for the remaining sets.");
        }
        for (int i = 0; i < count; i++) {
            String item = items.size() == 1 ? items.get(0) : items.get(Math.min(i, items.size() - 1));
            Effort effort = parser.apply(item);
            if (effort == null) {
                if (i == 0 || items.size() > 1) {
                    issue(cells.get(field), describe(field) + " value '" + item + "' is not understood; ignored.");
                }
                continue;
            }
            if (effort.rir() != null && (rirs.get(i) == null || effort.rir() < rirs.get(i))) rirs.set(i, effort.rir());
            if (effort.rpe() != null) rpes.set(i, effort.rpe());
            if (effort.failure()) {
                failures.set(i, true);
                from.get(i).add(field);
            } else if (effort.rir() != null && effort.rir() <= 0) {
                from.get(i).add(field);
            }
        }
    }

    private static String describe(Field field) {
        return switch (field) {
            case SETS -> "Sets";
            case RIR -> "RIR";
            case RPE -> "RPE";
            case REPS -> "Reps";
            case SETS_X_REPS -> "Sets × reps";
            case LOAD -> "Intensity";
            default -> field.name();
        };
    }

    /** Heaviest planned load; with no loads, the first working set (RULES.md "top set"). */
    private static int topSet(List<Double> loads, int count) {
        int top = 1;
        double heaviest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < Math.min(loads.size(), count); i++) {
            Double load = loads.get(i);
            if (load != null && load > heaviest) {
                heaviest = load;
                top = i + 1;
            }
        }
        return top;
    }

    private static List<String> items(Map<Field, SourceCell> cells, Field field) {
        return cell(cells, field).map(c -> ValueParser.items(c.getText())).orElse(List.of());
    }

    private static Optional<SourceCell> cell(Map<Field, SourceCell> cells, Field field) {
        SourceCell cell = cells.get(field);
        return cell == null || cell.isBlank() || saysNothing(cell.getText()) ? Optional.empty() : Optional.of(cell);
    }

    /** {@link #NOTHING}, looked at only when the first character after the spaces it skips can start it. */
    private static boolean saysNothing(String text) {
        int at = 0;
        while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) at++;
        return at < text.length() && "-\u2013\u2014nN#".indexOf(text.charAt(at)) >= 0 && NOTHING.matcher(text).matches();
    }

    private void issue(SourceCell cell, String message) {
        if (cell != null) issues.add(new DataIssue(cell.getRef(), message));
    }
}
