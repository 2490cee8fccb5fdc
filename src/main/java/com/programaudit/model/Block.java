package com.programaudit.model;

/** A run of consecutive weeks with one purpose. */
public final class Block {
    private final String name;
    private final BlockType type;
    private final int firstWeek;
    private final int lastWeek;
    private final CellRef origin;

    public Block(String name, BlockType type, int firstWeek, int lastWeek, CellRef origin) {
        this.name = name;
        this.type = type == null ? BlockType.NONE : type;
        this.firstWeek = firstWeek;
        this.lastWeek = lastWeek;
        this.origin = origin;
    }

    public String getName() { return name; }
    public BlockType getType() { return type; }
    public int getFirstWeek() { return firstWeek; }
    public int getLastWeek() { return lastWeek; }
    public int getLength() { return lastWeek - firstWeek + 1; }
    public boolean isDeload() { return type == BlockType.DELOAD; }
    public boolean contains(int week) { return week >= firstWeek && week <= lastWeek; }
    public CellRef getOrigin() { return origin; }
    @Override public String toString() { return name + " (" + type + ", W" + firstWeek + "-" + lastWeek + ")"; }
}
