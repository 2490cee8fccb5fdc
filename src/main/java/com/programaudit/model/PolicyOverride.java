package com.programaudit.model;

/** A policy value this program sets for itself, replacing the rules folder's default. */
public record PolicyOverride(String key, String value, String defaultValue, CellRef cell) { }
