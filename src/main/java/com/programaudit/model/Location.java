package com.programaudit.model;

import java.util.Objects;

/** Where a finding points: cell, and the program coordinates its scope names (others null). */
public final class Location {
    private final String sheet;
    private final String cell;
    private final String block;
    private final Integer week;
    private final Integer day;
    private final String dayLabel;
    private final String exercise;
    private final Integer set;
    private final String muscle;

    public Location(String sheet, String cell, String block, Integer week, Integer day, String dayLabel,
                    String exercise, Integer set, String muscle) {
        this.sheet = sheet;
        this.cell = cell;
        this.block = block;
        this.week = week;
        this.day = day;
        this.dayLabel = dayLabel;
        this.exercise = exercise;
        this.set = set;
        this.muscle = muscle;
    }

    public String getSheet() { return sheet; }
    public String getCell() { return cell; }
    public String getBlock() { return block; }
    public Integer getWeek() { return week; }
    public Integer getDay() { return day; }
    public String getDayLabel() { return dayLabel; }
    public String getExercise() { return exercise; }
    public Integer getSet() { return set; }
    public String getMuscle() { return muscle; }

    /** The scope instance this location names, used to keep one finding per instance. */
    public String scopeKey(Scope scope) {
        return switch (scope) {
            case SET -> week + "/" + day + "/" + exercise + "/" + set;
            case EXERCISE -> week + "/" + day + "/" + exercise + "/" + muscle;
            case SESSION -> week + "/" + day;
            case WEEK -> week + "/" + muscle;
            case BLOCK -> String.valueOf(block);
            case PROGRAM -> "";
            case CELL -> sheet + "!" + cell;
        };
    }

    @Override public boolean equals(Object o) {
        return o instanceof Location l && Objects.equals(sheet, l.sheet) && Objects.equals(cell, l.cell)
                && Objects.equals(block, l.block) && Objects.equals(week, l.week) && Objects.equals(day, l.day)
                && Objects.equals(exercise, l.exercise) && Objects.equals(set, l.set) && Objects.equals(muscle, l.muscle);
    }
    @Override public int hashCode() { return Objects.hash(sheet, cell, block, week, day, exercise, set, muscle); }
    @Override public String toString() {
        return sheet + "!" + cell + (week != null ? " W" + week : "") + (day != null ? "D" + day : "")
                + (exercise != null ? " " + exercise : "") + (block != null ? " [" + block + "]" : "");
    }
}
