package com.programaudit.importer;

/** What a column of a coach's table holds. */
enum Column {
    PROGRAM, BLOCK, WEEK, DAY, ORDER, EXERCISE, SETS, REPS, SETS_X_REPS, LOAD, RIR, RPE, TECHNIQUE, NOTES, TYPE, SET,
    SUPERSET, REST, DATE, FAILURE
}
