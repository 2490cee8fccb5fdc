package com.programaudit.importer.grid.xls;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.ReadDeadline;
import com.programaudit.importer.grid.CellText;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridBounds;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.grid.ShownSheets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.extractor.ExtractorFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an .xls workbook for the audit from its records, without building POI's user model (which
 * took half the time of reading a batch's .xls files): the same sheets and the same text in every cell
 * as {@link com.programaudit.importer.grid.UserModelGridReader}. Empty when the file is one it leaves
 * to the user model (see {@link XlsRecordWalk}), or one the user model would refuse or decrypt
 * differently, so that reading and error messages stay the user model's. Limits are checked in the
 * same order as there.
 */
public final class XlsGridReader {
    private final GridBounds bounds;
    /**
     * One per reading thread, kept from file to file like the .xlsx reader's number texts: made per file, its POI
     * formatter (locale symbols, date formats) was built 38 times for batch300's 38 .xls files.
     */
    private static final ThreadLocal<ThreadsCellText> TEXT_PER_THREAD = ThreadLocal.withInitial(ThreadsCellText::new);

    /** Files read with one CellText: POI's formatter keeps every format it parsed, so a server's thread starts afresh. */
    static final int FILES_PER_CELL_TEXT = 100;

    /** A thread's CellText, replaced after {@link #FILES_PER_CELL_TEXT} files so that what it keeps stays bounded. */
    static final class ThreadsCellText {
        private CellText text;
        private int files;

        CellText forNextFile() {
            if (text == null || files >= FILES_PER_CELL_TEXT) {
                text = new CellText();
                files = 0;
            }
            files++;
            return text;
        }
    }

    public XlsGridReader(GridBounds bounds) { this.bounds = bounds; }

    public Optional<Grid> read(String fileName, byte[] bytes) throws ImportException {
        List<XlsRecordWalk.Sheet> sheets;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            // WorkbookFactory reads these as an .xlsx (encrypted or packaged) inside the OLE2 file
            if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntryCaseInsensitive(ExtractorFactory.OOXML_PACKAGE)) {
                return Optional.empty();
            }
            try (InputStream stream = root.createDocumentInputStream(HSSFWorkbook.getWorkbookDirEntryName(root))) {
                sheets = XlsRecordWalk.read(stream, TEXT_PER_THREAD.get().forNextFile(), bounds.deadline());
            }
        } catch (ReadDeadline.Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the user model reads it, or says why it cannot
        }
        if (sheets == null) return Optional.empty();
        return Optional.of(grid(fileName, sheets));
    }

    private Grid grid(String fileName, List<XlsRecordWalk.Sheet> sheets) throws ImportException {
        bounds.checkSheets(sheets.size());
        return new Grid(fileName, bounds.readSheets(ShownSheets.of(sheets, XlsRecordWalk.Sheet::hidden),
                (XlsRecordWalk.Sheet sheet, long cellsBefore) -> sheet(sheet)));
    }

    private GridSheet sheet(XlsRecordWalk.Sheet sheet) throws ImportException {
        XlsSheet cells = sheet.cells();
        bounds.checkRows(sheet.name(), cells.rowCount());
        List<List<String>> rows = new ArrayList<>(cells.rowCount());
        for (int r = 0; r < cells.rowCount(); r++) {
            bounds.deadline().tick();
            rows.add(cells.cells(r));
        }
        bounds.fillMergedRegions(sheet.name(), rows, cells.mergedRegions());
        return new GridSheet(sheet.name(), rows, List.of(), bounds.deadline());
    }
}
