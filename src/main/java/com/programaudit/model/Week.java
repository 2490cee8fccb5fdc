package com.programaudit.model;

/** One week in program order (1-based). */
public final class Week {
    private final int number;
    private final String label;
    private final boolean deload;
    private final String block;
    private final CellRef origin;

    public Week(int number, String label, boolean deload, String block, CellRef origin) {
        this.number = number;
        this.label = label;
        this.deload = deload;
        this.block = block;
        this.origin = origin;
    }

    public int getNumber() { return number; }
    public String getLabel() { return label; }
    public boolean isDeload() { return deload; }
    public String getBlock() { return block; }
    public CellRef getOrigin() { return origin; }

    private int workingSetCount;
    private int failureSetCount;
    private int beyondFailureSetCount;

    /**
     * Counts the week's sets once, when they are built: structure/blocks.drl sums them per block (counting
     * them there fed every set of the program through two accumulates), and the report's charts and
     * reading summary add them up.
     */
    public void countSets(java.util.List<PlannedSet> sets) {
        int working = 0;
        int failure = 0;
        int beyond = 0;
        for (PlannedSet set : sets) {
            if (!set.isWorking()) continue;
            working++;
            if (set.isFailureSet()) failure++;
            if (set.isBeyondFailure()) beyond++;
        }
        // the week's sets, not added to an earlier count
        workingSetCount = working;
        failureSetCount = failure;
        beyondFailureSetCount = beyond;
    }

    public int getWorkingSetCount() { return workingSetCount; }
    /** Working sets to failure or with a technique (RULES.md "failure set"); deload weeks' too. */
    public int getFailureSetCount() { return failureSetCount; }
    /** Working sets with a beyond-failure technique. */
    public int getBeyondFailureSetCount() { return beyondFailureSetCount; }
}
