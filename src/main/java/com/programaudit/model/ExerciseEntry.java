package com.programaudit.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One exercise as listed in one session, with the cells it was written in. */
public final class ExerciseEntry {
    private final int id;
    private final int week;
    private final int day;
    private final int position;
    private final String name;
    private final String dayLabel;
    private final CatalogMatch catalog;
    private final String block;
    private final BlockType blockType;
    private final boolean deloadWeek;
    private final int workingSets;
    private final int warmupSets;
    private final CellRef origin;
    private final Map<Field, SourceCell> cells;
    private final boolean conditioning;
    private List<PlannedSet> sets = List.of();
    private int failureSetCount;

    public ExerciseEntry(int id, int week, int day, int position, String name, String dayLabel, CatalogMatch catalog,
                         String block, BlockType blockType, boolean deloadWeek, int workingSets, int warmupSets,
                         CellRef origin, Map<Field, SourceCell> cells, boolean conditioning) {
        this.id = id;
        this.week = week;
        this.day = day;
        this.position = position;
        this.name = name;
        this.dayLabel = dayLabel;
        this.catalog = catalog == null ? CatalogMatch.unknown() : catalog;
        this.block = block;
        this.blockType = blockType == null ? BlockType.NONE : blockType;
        this.deloadWeek = deloadWeek;
        this.workingSets = workingSets;
        this.warmupSets = warmupSets;
        this.origin = origin;
        this.cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
        this.conditioning = conditioning;
    }

    public int getId() { return id; }
    /** Sprints, bike, rower, metcons: counted apart, never a lifting set to failure. */
    public boolean isConditioning() { return conditioning; }
    public int getWeek() { return week; }
    public int getDay() { return day; }
    /** 1-based place among the session's entries with working sets; 0 for warm-up-only entries. */
    public int getPosition() { return position; }
    /** The exercise name as the coach wrote it. */
    public String getName() { return name; }
    public String getDayLabel() { return dayLabel; }
    /** Catalog name after aliases are resolved; null when unknown. */
    public String getExercise() { return catalog.getName(); }
    public CatalogMatch getCatalog() { return catalog; }
    /** Identity for "same exercise" (frequency rules): the catalog name, or the written name when unknown. */
    /** Anything but letters and digits of any script separates words of an unknown name's key. */
    private static final java.util.regex.Pattern UNKNOWN_KEY_GAPS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    public String getExerciseKey() {
        return catalog.isKnown() ? catalog.getName() : UNKNOWN_KEY_GAPS.matcher(name.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }
    public Tier getTier() { return catalog.getTier(); }
    public boolean isKnown() { return catalog.isKnown(); }
    public boolean isHeavyCompound() { return catalog.getTier() == Tier.HEAVY_COMPOUND; }
    public List<String> getMuscles() { return catalog.getMuscles(); }
    public List<String> getSecondaryMuscles() { return catalog.getSecondaryMuscles(); }
    /** Primary and secondary muscles: every muscle a set of this exercise adds hard sets to. */
    public List<String> getTrainedMuscles() { return catalog.getTrainedMuscles(); }
    public String getBlock() { return block; }
    public BlockType getBlockType() { return blockType; }
    public boolean isDeloadWeek() { return deloadWeek; }
    public int getWorkingSets() { return workingSets; }
    public int getWarmupSets() { return warmupSets; }
    public CellRef getOrigin() { return origin; }
    public SourceCell cell(Field field) { return cells.get(field); }
    public Map<Field, SourceCell> getCells() { return cells; }
    /** The entry's sets in order, warm-ups included; attached once, right after the sets are built. */
    public List<PlannedSet> getSets() { return sets; }
    public void attachSets(List<PlannedSet> plannedSets) {
        if (!sets.isEmpty()) throw new IllegalStateException("sets already attached to " + this);
        sets = List.copyOf(plannedSets);
        // loops, not streams, here and below: every entry of every program comes through, in a JVM that runs C1 only
        int failures = 0;
        for (PlannedSet set : sets) if (set.isFailureSet()) failures++;
        failureSetCount = failures;
    }
    /**
     * How many of the entry's sets are failure sets: rules test it before they collect those sets, so
     * the many exercises without one never reach a rule's collect (batch300's audit ran 30% faster).
     */
    public int getFailureSetCount() { return failureSetCount; }
    /** The last working set, or null for a warm-up-only entry. */
    public PlannedSet lastWorkingSet() {
        for (PlannedSet set : sets) if (set.isLastWorkingSet()) return set;
        return null;
    }
    @Override public String toString() { return "W" + week + "D" + day + " #" + position + " " + name; }
}
