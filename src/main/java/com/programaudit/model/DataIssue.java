package com.programaudit.model;

/** A value the importer could not understand; reported as a data-quality warning, never skipped silently. */
public record DataIssue(CellRef cell, String message) { }
