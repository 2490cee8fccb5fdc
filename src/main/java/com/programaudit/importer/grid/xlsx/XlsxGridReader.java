package com.programaudit.importer.grid.xlsx;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridBounds;
import com.programaudit.importer.grid.GridSheet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.xml.sax.SAXException;

/**
 * Reads an .xlsx into text grids: the package is inflated once (XlsxPackage, with POI's zip-bomb
 * checks), each visible sheet's XML is streamed through a SheetHandler, and no sheet is ever held as
 * objects, so a workbook costs little more than its text.
 */
public final class XlsxGridReader {
    private final GridBounds bounds;
    private final NumberCells numbers = NumberCells.ofThisThread();

    public XlsxGridReader(GridBounds bounds) { this.bounds = bounds; }

    public Grid read(String fileName, byte[] bytes) throws IOException, OpenXML4JException, SAXException, ImportException {
        XlsxPackage pkg = XlsxPackage.read(bytes, bounds.limits());
        String workbook = pkg.workbookPart();
        List<WorkbookSheets.Entry> all = WorkbookSheets.read(pkg, workbook);
        bounds.checkSheets(all.size());
        String stringsPart = related(pkg, workbook, "/sharedStrings");
        SharedStrings strings = stringsPart == null ? SharedStrings.none() : sharedStrings(pkg.stream(stringsPart));
        String stylesPart = related(pkg, workbook, "/styles");
        // a workbook without styles gets POI's default one, as the user model gives it
        CellFormats formats = stylesPart == null ? CellFormats.standard() : CellFormats.read(pkg.stream(stylesPart));
        return new Grid(fileName, bounds.<WorkbookSheets.Entry, IOException, SAXException>readSheets(WorkbookSheets.visible(all),
                (WorkbookSheets.Entry sheet, long cellsBefore) -> readSheet(pkg, sheet, strings, formats, cellsBefore)));
    }

    private SharedStrings sharedStrings(InputStream part) throws IOException, SAXException, ImportException {
        try {
            return SharedStrings.read(part, bounds.limits().maxCells(), bounds.deadline());
        } catch (SAXException e) {
            if (e.getException() instanceof ImportException refusal) throw refusal;
            throw e;
        }
    }

    /**
     * The workbook's part of a kind, found as the user model finds it: by the workbook's relationship
     * type (transitional or strict), not by content type, which a damaged [Content_Types].xml may lose.
     */
    private static String related(XlsxPackage pkg, String workbook, String typeEnding)
            throws IOException, SAXException, OpenXML4JException {
        for (XlsxPackage.Relation relation : pkg.relations(workbook)) {
            if (relation.type().endsWith(typeEnding)) {
                String part = relation.part();
                return pkg.has(part) ? part : null;
            }
        }
        return null;
    }

    private GridSheet readSheet(XlsxPackage pkg, WorkbookSheets.Entry sheet, SharedStrings strings, CellFormats formats,
                                long cellsBefore) throws IOException, SAXException, ImportException {
        if (sheet.part() == null) return new GridSheet(sheet.name(), new ArrayList<>(), List.of(), bounds.deadline());
        SheetHandler handler = new SheetHandler(sheet.name(), bounds, strings, formats, numbers, cellsBefore);
        try (InputStream xml = pkg.stream(sheet.part())) {
            SaxParse.parse(xml, handler);
        } catch (SAXException e) {
            if (e.getException() instanceof ImportException refusal) throw refusal;
            throw e;
        }
        bounds.checkRows(sheet.name(), handler.rowCount());
        List<List<String>> rows = handler.rows();
        bounds.fillMergedRegions(sheet.name(), rows, handler.mergedRegions());
        return new GridSheet(sheet.name(), rows, SheetComments.read(pkg, sheet.part()), bounds.deadline());
    }
}
