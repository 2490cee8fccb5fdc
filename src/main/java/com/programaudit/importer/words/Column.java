package com.programaudit.importer.words;

import com.programaudit.model.Field;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a column of a coach's table holds: the one list of fields. Each column knows the prescription
 * field its cells become (null for grouping columns such as Week and Day) and the word a mapping
 * file of rules/layouts/ names it by ("sets x reps" for SETS_X_REPS).
 */
public enum Column {
    PROGRAM(null), BLOCK(null), WEEK(null), DAY(null), ORDER(null), EXERCISE(null),
    SETS(Field.SETS), REPS(Field.REPS), SETS_X_REPS(Field.SETS_X_REPS), LOAD(Field.LOAD), RIR(Field.RIR),
    RPE(Field.RPE), TECHNIQUE(Field.TECHNIQUE), NOTES(Field.NOTES), TYPE(Field.TYPE), SET(Field.SET_NUMBER),
    SUPERSET(null), REST(null), DATE(null), FAILURE(Field.FAILURE_FLAG), DISTANCE(Field.DISTANCE),
    DURATION(Field.DURATION);

    private static final Map<String, Column> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Column::key, Function.identity()));

    private final Field field;

    Column(Field field) { this.field = field; }

    /** The prescription field this column's cells fill, or null for a column that groups rows. */
    public Field field() { return field; }

    /** A column that says what a set is: sets, reps, load, effort, technique or notes. */
    public boolean isPrescription() {
        return field != null && this != TYPE && this != SET && this != FAILURE && this != DISTANCE && this != DURATION;
    }

    /** The word a mapping file uses for this column. */
    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', ' '); }

    public static Optional<Column> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key.strip().toLowerCase(Locale.ROOT)));
    }
}
