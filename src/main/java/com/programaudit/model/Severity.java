package com.programaudit.model;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING, INFO;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) { return ordinal() <= other.ordinal(); }
}
