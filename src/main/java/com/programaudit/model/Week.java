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

    /**
     * Counts the week's working and failure sets once, when they are built: structure/blocks.drl sums them
     * per block, and counting them there meant feeding every set of the program through two accumulates.
     */
    public void countSets(java.util.List<PlannedSet> sets) {
        workingSetCount = (int) sets.stream().filter(PlannedSet::isWorking).count();
        failureSetCount = (int) sets.stream().filter(PlannedSet::isFailureSet).count();
    }

    public int getWorkingSetCount() { return workingSetCount; }
    public int getFailureSetCount() { return failureSetCount; }
}
