package com.programaudit.importer.words;

/** Planned effort of one set as read from a per-set cell: RIR at its hardest end, and/or failure. */
public record Effort(Double rir, Double rpe, boolean failure) {
    public static final Effort NONE = new Effort(null, null, false);

    public static Effort ofRir(double rir) { return new Effort(rir, null, rir <= 0); }

    public static Effort ofRpe(double rpe) { return new Effort(10 - rpe, rpe, rpe >= 10); }

    public static Effort atFailure() { return new Effort(0.0, null, true); }

}
