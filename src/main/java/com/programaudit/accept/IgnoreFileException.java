package com.programaudit.accept;

/** A line of an ignore file (or a baseline) that cannot be used; the message starts with file:line. */
public final class IgnoreFileException extends Exception {
    public IgnoreFileException(String message) { super(message); }
}
