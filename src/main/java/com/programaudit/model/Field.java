package com.programaudit.model;

/** The columns a coach can write a prescription in. */
public enum Field { EXERCISE, SETS, REPS, SETS_X_REPS, LOAD, RIR, RPE, TECHNIQUE, NOTES, TYPE, SET_NUMBER, FAILURE_FLAG,
    /** Cardio logged by distance or time (an app export's Distance / Seconds columns): conditioning, not a lifting set. */
    DISTANCE, DURATION }
