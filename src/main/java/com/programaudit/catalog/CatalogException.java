package com.programaudit.catalog;

/** The exercise catalog file has a problem, reported as file:line. */
public class CatalogException extends Exception {
    public CatalogException(String message) { super(message); }
}
