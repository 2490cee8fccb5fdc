package com.programaudit.importer;

/** Planned effort of one set as read from a per-set cell: RIR at its hardest end, and/or failure. */
record Effort(Double rir, Double rpe, boolean failure) {
    static final Effort NONE = new Effort(null, null, false);

    static Effort ofRir(double rir) { return new Effort(rir, null, rir <= 0); }

    static Effort ofRpe(double rpe) { return new Effort(10 - rpe, rpe, rpe >= 10); }

    static Effort atFailure() { return new Effort(0.0, null, true); }

}
