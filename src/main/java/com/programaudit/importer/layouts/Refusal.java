package com.programaudit.importer.layouts;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.Column;
import com.programaudit.importer.words.HeaderWords;
import com.programaudit.model.CellRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why no layout could read a file, in words a coach can act on: every sheet looked at, the best
 * candidate header row (sheet, row, headings) and what it lacks, or that a template is still empty.
 */
final class Refusal {
    private static final int SCAN_ROWS = 60;
    private static final int LISTED_SHEETS = 8;

    private Refusal() { }

    static ImportException of(Grid grid) {
        if (grid.sheets().isEmpty()) return new ImportException("The file has no sheets with cells in them.", null, null);
        Candidate best = null;
        List<String> emptySheets = new ArrayList<>();
        List<String> looked = new ArrayList<>();
        List<String> templateSheets = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            if (isEmpty(sheet)) {
                emptySheets.add(sheet.name());
                continue;
            }
            looked.add(sheet.name());
            Optional<Candidate> candidate = bestHeaderRow(sheet);
            if (candidate.isPresent() && (best == null || candidate.get().columns.size() > best.columns.size())) {
                best = candidate.get();
            }
            if (hasOnlyEmptyExerciseSlots(sheet)) templateSheets.add(sheet.name());
        }
        StringBuilder message = new StringBuilder();
        if (!templateSheets.isEmpty() && templateSheets.size() == looked.size()) {
            message.append("This looks like an empty template: no exercises are filled in (")
                    .append(templateSheets.size()).append(templateSheets.size() == 1 ? " sheet: " : " sheets: ")
                    .append(list(templateSheets)).append(templateSheets.size() == 1 ? " has" : " have").append(" Exercise headings but every exercise slot is blank).");
            return new ImportException(message.toString(), templateSheets.get(0), null);
        }
        message.append("No program found: ");
        if (best == null) {
            message.append("no sheet has a header row naming an exercise and its sets, reps, RIR or RPE, and no"
                    + " column of exercise names the catalog knows was found");
        } else {
            message.append("the closest thing to a header row is row ").append(best.row + 1).append(" of sheet '")
                    .append(best.sheet).append("' (").append(String.join(" | ", best.headings)).append("), which lacks ")
                    .append(best.missing());
        }
        message.append(". Sheets looked at: ").append(list(looked));
        if (!emptySheets.isEmpty()) message.append("; empty: ").append(list(emptySheets));
        message.append(". A business template with its own headers can be described in a rules/layouts/ mapping file.");
        return new ImportException(message.toString(), best == null ? looked.isEmpty() ? null : looked.get(0) : best.sheet,
                best == null ? null : CellRef.columnLetters(best.firstColumn) + (best.row + 1));
    }

    private static String list(List<String> names) {
        List<String> shown = names.size() > LISTED_SHEETS ? names.subList(0, LISTED_SHEETS) : names;
        String text = "'" + String.join("', '", shown) + "'";
        return names.size() > LISTED_SHEETS ? text + " and " + (names.size() - LISTED_SHEETS) + " more" : text;
    }

    private static boolean isEmpty(GridSheet sheet) {
        for (int r = 0; r < sheet.rowCount(); r++) if (!sheet.isBlankRow(r)) return false;
        return true;
    }

    private static Optional<Candidate> bestHeaderRow(GridSheet sheet) {
        Candidate best = null;
        for (int r = 0; r < Math.min(sheet.rowCount(), SCAN_ROWS); r++) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            List<String> headings = new ArrayList<>();
            int first = -1;
            for (int c = 0; c < sheet.width(r); c++) {
                String text = sheet.text(r, c);
                if (!looksLikeHeading(text)) continue;
                Optional<Column> column = HeaderWords.columnOf(text);
                if (column.isPresent() && !columns.containsKey(column.get())) {
                    columns.put(column.get(), c);
                    headings.add(text);
                    if (first < 0) first = c;
                }
            }
            if (columns.size() >= 2 && (best == null || columns.size() > best.columns.size())) {
                best = new Candidate(sheet.name(), r, first, columns, headings);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A heading is a few words starting with a letter ("Sets", "Reps per set"), not a value or a sentence. */
    private static boolean looksLikeHeading(String text) {
        return !text.isEmpty() && text.length() <= 25 && Character.isLetter(text.codePointAt(0))
                && text.split("\\s+").length <= 3;
    }

    /**
     * A template nobody filled in: the sheet has Exercise headings or labels ("Exercise", "Exercise 1")
     * and the cell beside and the cell below each one hold no name (blank, a number or another heading).
     */
    private static boolean hasOnlyEmptyExerciseSlots(GridSheet sheet) {
        boolean slots = false;
        for (int r = 0; r < sheet.rowCount(); r++) {
            for (int c = 0; c < sheet.width(r); c++) {
                if (!EXERCISE_LABEL.matcher(HeaderWords.normalize(sheet.text(r, c))).matches()) continue;
                slots = true;
                if (isName(sheet.text(r, c + 1)) || isName(sheet.text(r + 1, c))) return false;
            }
        }
        return slots;
    }

    private static final java.util.regex.Pattern EXERCISE_LABEL = java.util.regex.Pattern.compile("exercises?(?: \\d+)?");

    private static boolean isName(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && HeaderWords.columnOf(text).isEmpty()
                && !EXERCISE_LABEL.matcher(HeaderWords.normalize(text)).matches();
    }

    private record Candidate(String sheet, int row, int firstColumn, Map<Column, Integer> columns, List<String> headings) {
        String missing() {
            List<String> missing = new ArrayList<>();
            if (!columns.containsKey(Column.EXERCISE)) missing.add("an Exercise column");
            if (!columns.containsKey(Column.SETS) && !columns.containsKey(Column.REPS)
                    && !columns.containsKey(Column.SETS_X_REPS) && !columns.containsKey(Column.RIR)
                    && !columns.containsKey(Column.RPE)) {
                missing.add("a Sets, Reps, RIR or RPE column");
            }
            if (missing.isEmpty()) missing.add("exercise rows below it");
            return String.join(" and ", missing);
        }
    }
}
