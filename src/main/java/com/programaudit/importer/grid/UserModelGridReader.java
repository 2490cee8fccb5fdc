package com.programaudit.importer.grid;

import com.programaudit.importer.ImportException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a workbook POI has loaded whole (its user model) into a grid: the .xls reader, whose files
 * are small, and the oracle the streaming .xlsx reader is tested against.
 */
public final class UserModelGridReader {
    private final GridBounds bounds;
    private final CellText cellText = new CellText();

    public UserModelGridReader(GridBounds bounds) { this.bounds = bounds; }

    public Grid read(String fileName, Workbook workbook) throws ImportException {
        bounds.checkSheets(workbook.getNumberOfSheets());
        return new Grid(fileName, bounds.readSheets(visibleSheets(workbook), (Sheet sheet, long cellsBefore) -> readSheet(sheet)));
    }

    private static List<Sheet> visibleSheets(Workbook workbook) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) all.add(i);
        List<Sheet> shown = new ArrayList<>();
        for (int i : ShownSheets.of(all, i -> workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i))) {
            shown.add(workbook.getSheetAt(i));
        }
        return shown;
    }

    private GridSheet readSheet(Sheet sheet) throws ImportException {
        int lastRow = sheet.getLastRowNum();
        bounds.checkRows(sheet.getSheetName(), lastRow + 1L);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            bounds.deadline().tick();
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null && row.getLastCellNum() > 0) {
                for (int c = 0; c < row.getLastCellNum(); c++) cells.add(cellText.text(row.getCell(c)));
            }
            rows.add(cells);
        }
        bounds.fillMergedRegions(sheet.getSheetName(), rows, sheet.getMergedRegions());
        List<GridSheet.Comment> comments = new ArrayList<>();
        sheet.getCellComments().forEach((at, comment) -> comments.add(new GridSheet.Comment(at.getRow(),
                at.getColumn(), comment.getString() == null ? "" : comment.getString().getString())));
        comments.sort(java.util.Comparator.comparingInt(GridSheet.Comment::row).thenComparingInt(GridSheet.Comment::column));
        return new GridSheet(sheet.getSheetName(), rows, comments, bounds.deadline());
    }
}
