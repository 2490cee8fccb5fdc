package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.SessionWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rows of a sheet that head sessions side by side, and the columns each heading stands over. */
final class SessionHeadings {
    private static final Pattern LETTER_NAME = Pattern.compile("[A-F]");

    private SessionHeadings() { }

    /** The rows naming two or more sessions side by side. */
    static List<Integer> rows(GridSheet sheet) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rowCount(); r++) {
            if (!columns(sheet, r).isEmpty()) rows.add(r);
        }
        return rows;
    }

    /**
     * Whether a header row sits under sessions side by side ("Mo | Mi | Fr" over "Übung | Sätze | Wdh"
     * repeated): each session has its own columns, so the header is no single log table.
     */
    static boolean headGroups(GridSheet sheet, int headerRow) {
        return headerRow > 0 && columns(sheet, headerRow - 1).size() >= 2;
    }

    /**
     * The columns of a row that head a session, when two or more sessions are named. A merged title
     * ("DAY 1" over six columns) fills every cell it covers: only its first column counts, and one
     * title alone is a title row, not sessions side by side.
     */
    static List<Integer> columns(GridSheet sheet, int row) {
        List<Integer> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Integer> letters = new ArrayList<>();
        for (int c = 0; c < sheet.width(row); c++) {
            String text = sheet.text(row, c);
            if (text.equals(sheet.text(row, c - 1))) continue;
            if (SessionWords.isSessionName(text)) {
                columns.add(c);
                names.add(text.toLowerCase(Locale.ROOT));
            } else if (LETTER_NAME.matcher(text).matches()) {
                letters.add(c);
            }
        }
        if (names.size() >= 2) return columns;
        // "A | B | C": bare letters name sessions only when they run from A, nothing else heading the row
        if (names.isEmpty() && letters.size() >= 2 && sheet.text(row, letters.get(0)).equals("A")
                && letters.stream().map(c -> sheet.text(row, c)).distinct().count() == letters.size()) {
            return letters;
        }
        return List.of();
    }
}
