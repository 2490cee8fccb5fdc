package com.programaudit.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * One planned set of an exercise entry. Effort is normalised: {@code rir} is the hardest end of what
 * the coach wrote (RPE converted to RIR), {@code toFailure} covers failure words, AMRAP and RIR 0.
 */
public final class PlannedSet {
    private final ExerciseEntry entry;
    private final int number;
    private final boolean warmup;
    private final boolean lastWorkingSet;
    private final Double rir;
    private final Double rpe;
    private final Double load;
    private final boolean toFailure;
    private final Set<Technique> techniques;
    private final Set<Field> effortFrom;
    private final SetRow row;

    public PlannedSet(ExerciseEntry entry, int number, boolean warmup, boolean lastWorkingSet, Double rir, Double rpe,
                      Double load, boolean toFailure, Set<Technique> techniques, Set<Field> effortFrom, SetRow row) {
        this.entry = entry;
        this.number = number;
        this.warmup = warmup;
        this.lastWorkingSet = lastWorkingSet;
        this.rir = rir;
        this.rpe = rpe;
        this.load = load;
        this.toFailure = toFailure;
        this.techniques = techniques.isEmpty() ? Set.of() : EnumSet.copyOf(techniques);
        this.effortFrom = effortFrom.isEmpty() ? Set.of() : EnumSet.copyOf(effortFrom);
        this.row = row;
    }

    public ExerciseEntry getEntry() { return entry; }
    public int getEntryId() { return entry.getId(); }
    public int getWeek() { return entry.getWeek(); }
    public int getDay() { return entry.getDay(); }
    public boolean isDeloadWeek() { return entry.isDeloadWeek(); }
    public String getExerciseKey() { return entry.getExerciseKey(); }
    public int getPosition() { return entry.getPosition(); }
    public java.util.List<String> getMuscles() { return entry.getMuscles(); }
    public java.util.List<String> getTrainedMuscles() { return entry.getTrainedMuscles(); }

    /**
     * How much of a set this set adds to a muscle's weekly count: 1 for a primary muscle, {@code secondaryFraction}
     * for a secondary one (a bench press is half a set for the triceps), 0 otherwise.
     */
    public double shareOf(String muscle, double secondaryFraction) {
        if (entry.getMuscles().contains(muscle)) return 1;
        return entry.getSecondaryMuscles().contains(muscle) ? secondaryFraction : 0;
    }
    public String getBlock() { return entry.getBlock(); }
    /** 1-based among working sets (or among warm-ups for a warm-up set). */
    public int getNumber() { return number; }
    public boolean isWarmup() { return warmup; }
    public boolean isWorking() { return !warmup; }
    public boolean isLastWorkingSet() { return lastWorkingSet; }
    public Double getRir() { return rir; }
    public Double getRpe() { return rpe; }
    public Double getLoad() { return load; }
    public boolean isToFailure() { return toFailure; }
    public Set<Technique> getTechniques() { return techniques; }
    public boolean has(Technique technique) { return techniques.contains(technique); }
    public boolean isDropSet() { return techniques.contains(Technique.DROP_SET); }
    public boolean isBeyondFailure() { return !techniques.isEmpty(); }
    public boolean isPartnerTechnique() {
        // a loop, not a stream: rules ask this of every set
        for (Technique technique : techniques) {
            if (technique.needsPartner()) return true;
        }
        return false;
    }
    /** RULES.md "failure set": a working set to failure or with a beyond-failure technique. */
    public boolean isFailureSet() { return !warmup && (toFailure || !techniques.isEmpty()); }
    /** Planned at failure or with a technique, whether warm-up or not. */
    public boolean isAtFailure() { return toFailure || !techniques.isEmpty(); }
    public boolean isEffortKnown() { return rir != null || toFailure || !techniques.isEmpty(); }
    /** Which of the coach's cells made this set hard, so a fix knows what to rewrite. */
    public Set<Field> getEffortFrom() { return effortFrom; }
    /** The row this set was written on: an exercise may span rows (top set, back-off sets, one row per set). */
    public SetRow getRow() { return row; }
    /** This set's cell for a field, on its own row. */
    public SourceCell cell(Field field) { return row.cells().get(field); }
    @Override public String toString() { return entry + " set " + number + (warmup ? " (warm-up)" : "") + " rir=" + rir + (toFailure ? " F" : "") + techniques; }
}
