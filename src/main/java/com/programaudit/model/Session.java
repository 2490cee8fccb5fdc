package com.programaudit.model;

/** One training day: {@code day} is its 1-based position inside its week. */
public final class Session {
    private final int week;
    private final int day;
    private final String label;
    private final String block;
    private final boolean deloadWeek;
    private final int exerciseCount;
    private final CellRef origin;

    public Session(int week, int day, String label, String block, boolean deloadWeek, int exerciseCount, CellRef origin) {
        this.week = week;
        this.day = day;
        this.label = label;
        this.block = block;
        this.deloadWeek = deloadWeek;
        this.exerciseCount = exerciseCount;
        this.origin = origin;
    }

    public int getWeek() { return week; }
    public int getDay() { return day; }
    public String getLabel() { return label; }
    public String getBlock() { return block; }
    public boolean isDeloadWeek() { return deloadWeek; }
    /** Entries with at least one working set (RULES.md "exercises in a session"). */
    public int getExerciseCount() { return exerciseCount; }
    public CellRef getOrigin() { return origin; }
}
