package com.programaudit.engine;

import com.programaudit.model.Block;
import com.programaudit.model.CellRef;
import com.programaudit.model.DataIssue;
import com.programaudit.model.ExerciseEntry;
import com.programaudit.model.Fix;
import com.programaudit.model.Location;
import com.programaudit.model.PlannedSet;
import com.programaudit.model.Program;
import com.programaudit.model.Session;
import com.programaudit.model.Week;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule's consequence inserts: the finding's place, message and fix. The engine adds the
 * rule's metadata (id, severity, sources) when it reads drafts back. Used from DRL as
 * {@code insert(Draft.exercise(kcontext, $entry).says("…").fix(…))}.
 */
public final class Draft {
    private final Rule rule;
    private String sheet;
    private String cell;
    private String block;
    private Integer week;
    private Integer day;
    private String dayLabel;
    private String exercise;
    private Integer set;
    private String muscle;
    private String message = "";
    private Fix fix = Fix.none();
    private int order;

    private Draft(RuleContext context) { this.rule = context.getRule(); }

    public static Draft exercise(RuleContext context, ExerciseEntry entry) {
        Draft d = new Draft(context).at(entry.getOrigin());
        d.block = entry.getBlock();
        d.week = entry.getWeek();
        d.day = entry.getDay();
        d.dayLabel = entry.getDayLabel();
        d.exercise = entry.getName();
        d.order = entry.getId();
        return d;
    }

    public static Draft session(RuleContext context, Session session) {
        Draft d = new Draft(context).at(session.getOrigin());
        d.block = session.getBlock();
        d.week = session.getWeek();
        d.day = session.getDay();
        d.dayLabel = session.getLabel();
        return d;
    }

    public static Draft week(RuleContext context, Week week) {
        Draft d = new Draft(context).at(week.getOrigin());
        d.block = week.getBlock();
        d.week = week.getNumber();
        return d;
    }

    public static Draft block(RuleContext context, Block block) {
        Draft d = new Draft(context).at(block.getOrigin());
        d.block = block.getName();
        return d;
    }

    public static Draft program(RuleContext context, Program program) {
        return new Draft(context);
    }

    public static Draft dataIssue(RuleContext context, DataIssue issue) {
        return cell(context, issue.cell());
    }

    /** A finding about one cell of the workbook (cell scope), such as a program's own policy setting. */
    public static Draft cell(RuleContext context, CellRef cell) {
        return new Draft(context).at(cell);
    }

    /** Points the finding at the cell that caused it (e.g. the RIR cell of the failure set). */
    public Draft at(CellRef ref) {
        if (ref != null) {
            sheet = ref.getSheet();
            cell = ref.getCell();
        }
        return this;
    }

    /**
     * Points at the cell that made the first of these sets hard, and names the set when the finding is
     * about exactly one working set (REPORT.md's {@code location.set}).
     */
    public Draft atSets(java.util.Collection<?> sets) {
        at(Phrases.effortCell(sets));
        if (sets.size() == 1 && sets.iterator().next() instanceof PlannedSet only && only.isWorking()) set(only);
        return this;
    }

    public Draft set(PlannedSet plannedSet) {
        set = plannedSet.getNumber();
        return this;
    }

    public Draft muscle(String name) {
        muscle = name;
        return this;
    }

    public Draft says(String text) {
        message = text;
        return this;
    }

    public Draft fix(Fix value) {
        fix = value == null ? Fix.none() : value;
        return this;
    }

    public Draft advise(String text) {
        fix = Fix.advice(text);
        return this;
    }

    Rule rule() { return rule; }
    String message() { return message; }
    Fix fixValue() { return fix; }
    int order() { return order; }

    Location location() {
        return new Location(sheet, cell, block, week, day, dayLabel, exercise, set, muscle);
    }
}
