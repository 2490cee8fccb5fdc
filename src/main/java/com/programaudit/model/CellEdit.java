package com.programaudit.model;

/** Replace the text of one cell; applied only while the cell still holds {@code from}. */
public record CellEdit(String sheet, String cell, String from, String to) { }
