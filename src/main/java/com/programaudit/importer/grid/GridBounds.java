package com.programaudit.importer.grid;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.ImportLimits;
import com.programaudit.importer.ReadDeadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The import limits on a workbook's sheets, rows and cells, each refusal naming the limit and what
 * the file has, in the same words whichever reader read the workbook.
 */
public final class GridBounds {
    private final ImportLimits limits;
    private final ReadDeadline deadline;

    public GridBounds(ImportLimits limits) { this(limits, ReadDeadline.none()); }

    public GridBounds(ImportLimits limits, ReadDeadline deadline) {
        this.limits = limits;
        this.deadline = deadline;
    }

    public ImportLimits limits() { return limits; }

    /** The time the file may take, ticked by the readers' loops. */
    public ReadDeadline deadline() { return deadline; }

    public void checkSheets(int sheets) throws ImportException {
        if (sheets > limits.maxSheets()) {
            throw new ImportException(String.format(Locale.ROOT, "The workbook has %,d sheets; at most %,d are read.",
                    sheets, limits.maxSheets()));
        }
    }

    /** {@code rows}: the last row's number, 1-based. */
    public void checkRows(String sheet, long rows) throws ImportException {
        if (rows > limits.maxRowsPerSheet()) {
            throw new ImportException(String.format(Locale.ROOT, "The sheet has %,d rows; at most %,d rows are read."
                    + " Split the program into smaller files.", rows, limits.maxRowsPerSheet()),
                    sheet, "A" + (limits.maxRowsPerSheet() + 1));
        }
    }

    /**
     * Reads one sheet, told how many cells the sheets before it hold (for the limit met while it is read);
     * {@code E} and {@code F}: what else the reader throws (a parser's exceptions), RuntimeException if nothing.
     */
    @FunctionalInterface
    public interface SheetReader<S, E extends Exception, F extends Exception> {
        GridSheet read(S sheet, long cellsBefore) throws E, F, ImportException;
    }

    /** The sheets read one after another, the workbook's cells checked against the limit after each. */
    public <S, E extends Exception, F extends Exception> List<GridSheet> readSheets(List<S> shown, SheetReader<S, E, F> reader)
            throws E, F, ImportException {
        List<GridSheet> sheets = new ArrayList<>();
        long cells = 0;
        for (S sheet : shown) {
            GridSheet grid = reader.read(sheet, cells);
            cells += cellCount(grid);
            checkCells(grid.name(), cells);
            sheets.add(grid);
        }
        return sheets;
    }

    /** {@code cells}: every cell of the workbook up to and including this whole sheet. */
    public void checkCells(String sheet, long cells) throws ImportException {
        if (cells > limits.maxCells()) {
            throw new ImportException(String.format(Locale.ROOT, "The workbook spans more than %,d cells"
                    + " (%,d up to this sheet, each row counted up to its last filled cell), the most one program may have.", limits.maxCells(), cells), sheet, null);
        }
    }

    /** The same limit met while a sheet is still being read: reading stops at the cell that crossed it. */
    public void checkCellsSoFar(String sheet, long cells, int row, int column) throws ImportException {
        if (cells > limits.maxCells()) {
            throw new ImportException(String.format(Locale.ROOT, "The workbook spans more than %,d cells (each row"
                    + " counted up to its last filled cell), the most one program may have; reading stopped at this cell.", limits.maxCells()),
                    sheet, new CellReference(row, column).formatAsString());
        }
    }

    /**
     * A merged region shows its top-left value in every cell it covers, as the coach sees it. Regions
     * may overlap in a crafted file, so the cells filled are counted against the cell limit.
     */
    public void fillMergedRegions(String sheet, List<List<String>> rows, List<CellRangeAddress> regions)
            throws ImportException {
        long filled = 0;
        for (CellRangeAddress region : regions) {
            int top = region.getFirstRow();
            int left = region.getFirstColumn();
            if (top >= rows.size()) continue;
            List<String> topRow = rows.get(top);
            String value = left < topRow.size() ? topRow.get(left) : "";
            int lastRow = Math.min(region.getLastRow(), rows.size() - 1);
            int lastColumn = Math.min(region.getLastColumn(), left + 256);
            filled += (long) Math.max(0, lastRow - top + 1) * (lastColumn - left + 1);
            if (filled > limits.maxCells()) {
                throw new ImportException(String.format(Locale.ROOT, "The merged cells of this sheet cover more than"
                        + " %,d cells, the most one program may have; unmerge them or split the sheet.",
                        limits.maxCells()), sheet, region.formatAsString());
            }
            for (int r = top; r <= lastRow; r++) {
                List<String> cells = rows.get(r);
                while (cells.size() <= lastColumn) cells.add("");
                for (int c = left; c <= lastColumn; c++) cells.set(c, value);
            }
        }
    }

    /** Cells of a read sheet, as the cell limit counts them. */
    public static long cellCount(GridSheet sheet) {
        long cells = 0;
        for (int r = 0; r < sheet.rowCount(); r++) cells += sheet.width(r);
        return cells;
    }
}
