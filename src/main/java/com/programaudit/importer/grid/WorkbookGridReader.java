package com.programaudit.importer.grid;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.ImportLimits;
import com.programaudit.importer.ReadDeadline;
import com.programaudit.importer.grid.xls.XlsGridReader;
import com.programaudit.importer.grid.xlsx.XlsxGridReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.xml.sax.SAXException;

/**
 * Reads .xlsx and .xls into text grids from bytes in memory, so the coach's file is never opened for
 * writing. An .xlsx is streamed (its sheets are never held as objects); an .xls is read from its records,
 * and loaded whole by POI only when it holds what the record reader leaves to POI (cell comments, chart
 * sheets, unusual record orders). All give the same text for the same cell.
 */
public final class WorkbookGridReader {
    private final ImportLimits limits;
    private final ReadDeadline deadline;

    public WorkbookGridReader(ImportLimits limits) { this(limits, ReadDeadline.none()); }

    public WorkbookGridReader(ImportLimits limits, ReadDeadline deadline) {
        this.limits = limits;
        this.deadline = deadline;
    }

    public Grid read(String fileName, byte[] bytes) throws ImportException {
        SpreadsheetFormat format = SpreadsheetFormat.sniff(bytes);
        GridBounds bounds = new GridBounds(limits, deadline);
        try {
            if (format == SpreadsheetFormat.XLSX) {
                return new XlsxGridReader(bounds).read(fileName, bytes);
            }
            if (format == SpreadsheetFormat.XLS) {
                Optional<Grid> streamed = new XlsGridReader(bounds).read(fileName, bytes);
                if (streamed.isPresent()) return streamed.get();
            }
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                return new UserModelGridReader(bounds).read(fileName, workbook);
            }
        } catch (ReadDeadline.Exceeded e) {
            throw e; // the time is up, the file is not damaged
        } catch (IOException | RuntimeException | OpenXML4JException | SAXException e) {
            throw new ImportException(WorkbookFailure.describe(e, format));
        }
    }
}
