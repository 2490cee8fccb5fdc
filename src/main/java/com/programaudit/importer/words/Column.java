package com.programaudit.importer.words;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;
import com.programaudit.importer.layouts.*;
import com.programaudit.importer.assembly.*;
import com.programaudit.importer.*;

/** What a column of a coach's table holds. */
public enum Column {
    PROGRAM, BLOCK, WEEK, DAY, ORDER, EXERCISE, SETS, REPS, SETS_X_REPS, LOAD, RIR, RPE, TECHNIQUE, NOTES, TYPE, SET,
    SUPERSET, REST, DATE, FAILURE
}
