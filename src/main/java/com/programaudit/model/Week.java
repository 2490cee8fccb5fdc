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
}
