package com.programaudit.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The spreadsheets named on the command line: files as given, folders searched recursively. */
public final class InputFiles {
    private InputFiles() { }

    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isSpreadsheetName).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** .xlsx, .xls and .csv; Excel's "~$" lock files and our own ".fixed." copies are skipped. */
    static boolean isSpreadsheetName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || name.startsWith(".") || name.contains(".fixed.")) return false;
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv") || name.endsWith(".xlsm");
    }
}
