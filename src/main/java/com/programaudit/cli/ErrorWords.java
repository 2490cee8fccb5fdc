package com.programaudit.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An exception said in words for the terminal, without its class name or stack trace. */
final class ErrorWords {
    private ErrorWords() { }

    static String of(Throwable e) {
        if (e instanceof NoSuchFileException f) return "no such file or folder: " + f.getFile();
        if (e instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
        if (e instanceof FileAlreadyExistsException f) return "a file is in the way: " + f.getFile();
        if (e instanceof NotDirectoryException f) return "not a folder: " + f.getFile();
        if (e instanceof FileSystemException f) {
            return (f.getReason() == null ? "cannot use" : f.getReason().toLowerCase(java.util.Locale.ROOT)) + ": " + f.getFile();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "an unexpected error" : message;
    }
}
