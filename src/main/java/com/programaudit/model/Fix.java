package com.programaudit.model;

import java.util.List;

/** What the coach should change: a sentence, and the cell edits when the fix is an edit. */
public final class Fix {
    private static final Fix NONE = new Fix("", List.of());
    private final String description;
    private final List<CellEdit> edits;

    public Fix(String description, List<CellEdit> edits) {
        this.description = description;
        this.edits = List.copyOf(edits);
    }

    public static Fix none() { return NONE; }
    public static Fix advice(String description) { return new Fix(description, List.of()); }

    public String getDescription() { return description; }
    public List<CellEdit> getEdits() { return edits; }
}
