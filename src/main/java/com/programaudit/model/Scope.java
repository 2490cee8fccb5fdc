package com.programaudit.model;

import java.util.Locale;

/** What a finding's location names (RULES.md). */
public enum Scope {
    SET, EXERCISE, SESSION, WEEK, BLOCK, PROGRAM, CELL;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Scope parse(String text) { return valueOf(text.trim().toUpperCase(Locale.ROOT)); }
}
