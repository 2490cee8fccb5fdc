package com.programaudit.model;

/** Beyond-failure intensity techniques a coach can plan on a set. */
public enum Technique {
    DROP_SET("drop set"),
    REST_PAUSE("rest-pause"),
    FORCED_REPS("forced reps"),
    NEGATIVES("negatives"),
    PARTIALS("partials");

    private final String label;

    Technique(String label) { this.label = label; }

    public String label() { return label; }

    /** Techniques the articles do with a partner pushing or lowering the weight. */
    public boolean needsPartner() { return this == FORCED_REPS || this == NEGATIVES; }
}
