package com.programaudit.workbook;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes a coach's "Accept" into a copy of their workbook as the marker the importer reads back:
 * {@code audit-ignore RULE_ID: reason} in the row's Notes cell when the sheet has a Notes column
 * above the row, else in a comment on the finding's cell (after any note already there).
 */
public final class AcceptMarkers {
    private static final Set<String> NOTES_HEADERS = Set.of("notes", "note", "comments", "comment", "coach notes",
            "notizen", "notas", "remarques");

    private AcceptMarkers() { }

    /** One finding to accept: its rule and cell (as the report gives them) and the coach's reason. */
    public record Request(String rule, String sheet, String cell, String reason) {
        public Request {
            if (rule == null || !rule.matches("[A-Z][A-Z0-9_]*")) throw new IllegalArgumentException("not a rule id: " + rule);
            reason = reason == null ? "" : reason.replaceAll("\\s+", " ").strip();
            if (reason.isEmpty()) throw new IllegalArgumentException("an accepted finding needs a reason");
        }

        String marker() { return "audit-ignore " + rule + ": " + reason; }
    }

    /** The copy's bytes and extension (a CSV becomes .xlsx, which can hold comments). */
    public record Result(byte[] bytes, String extension) { }

    public static Result write(String fileName, byte[] input, List<Request> requests) throws IOException {
        try (WorkbookCopy copy = WorkbookCopy.open(fileName, input)) {
            for (Request request : requests) {
                Cell at = copy.cell(request.sheet(), request.cell()).orElseThrow(() -> new IllegalArgumentException(
                        "no cell " + request.sheet() + "!" + request.cell() + " in " + fileName));
                Optional<Cell> notes = notesCell(copy, at);
                if (notes.isPresent()) appendText(notes.get(), request.marker());
                else appendComment(at, request.marker());
            }
            return new Result(copy.toBytes(), copy.extension());
        }
    }

    /** The row's cell under the nearest Notes header above it, when that cell holds text or nothing. */
    private static Optional<Cell> notesCell(WorkbookCopy copy, Cell at) {
        Sheet sheet = at.getSheet();
        for (int r = at.getRowIndex() - 1; r >= 0; r--) {
            Row header = sheet.getRow(r);
            if (header == null) continue;
            for (Cell cell : header) {
                if (!NOTES_HEADERS.contains(copy.text(cell).toLowerCase(Locale.ROOT))) continue;
                Row row = at.getRow();
                Cell notes = row.getCell(cell.getColumnIndex());
                if (notes == null) notes = row.createCell(cell.getColumnIndex());
                boolean text = notes.getCellType() == CellType.BLANK || notes.getCellType() == CellType.STRING;
                return text ? Optional.of(notes) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static void appendText(Cell cell, String marker) {
        String old = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
        cell.setCellValue(old.isEmpty() ? marker : old + " " + marker);
    }

    private static void appendComment(Cell cell, String marker) {
        Comment existing = cell.getCellComment();
        String old = existing == null || existing.getString() == null ? "" : existing.getString().getString().strip();
        if (existing != null) cell.removeCellComment();
        Sheet sheet = cell.getSheet();
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        // on .xls a new patriarch would drop the sheet's shapes: reuse the one there is
        Drawing<?> drawing = sheet.getDrawingPatriarch() != null ? sheet.getDrawingPatriarch() : sheet.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(old.isEmpty() ? marker : old + "\n" + marker));
        comment.setAuthor("program-audit");
        cell.setCellComment(comment);
    }
}
