package com.programaudit.importer.grid.xlsx;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridBounds;
import com.programaudit.importer.grid.GridSheet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.xml.sax.SAXException;

/**
 * Reads an .xlsx into text grids with POI's event API: the package is opened once (POI's zip-bomb
 * checks apply), each visible sheet's XML is streamed through a SheetHandler, and no sheet is ever
 * held as objects, so a workbook costs little more than its text.
 */
public final class XlsxGridReader {
    private final GridBounds bounds;
    private final NumberCells numbers = NumberCells.ofThisThread();

    public XlsxGridReader(GridBounds bounds) { this.bounds = bounds; }

    public Grid read(String fileName, byte[] bytes) throws IOException, OpenXML4JException, SAXException, ImportException {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        try {
            WorkbookParts parts = new WorkbookParts(pkg);
            List<WorkbookSheets.Entry> all = WorkbookSheets.read(parts);
            bounds.checkSheets(all.size());
            PackagePart stringsPart = related(parts, "/sharedStrings");
            SharedStrings strings = stringsPart == null ? SharedStrings.none() : sharedStrings(stringsPart);
            PackagePart stylesPart = related(parts, "/styles");
            // a workbook without styles gets POI's default one, as the user model gives it
            CellFormats formats = stylesPart == null ? CellFormats.standard() : styles(stylesPart);
            List<GridSheet> sheets = new ArrayList<>();
            long cells = 0;
            for (WorkbookSheets.Entry sheet : WorkbookSheets.visible(all)) {
                GridSheet grid = readSheet(sheet, strings, formats, cells);
                cells += GridBounds.cellCount(grid);
                bounds.checkCells(sheet.name(), cells);
                sheets.add(grid);
            }
            return new Grid(fileName, sheets);
        } finally {
            pkg.revert(); // opened from bytes: nothing to save
        }
    }

    private static CellFormats styles(PackagePart part) throws IOException, SAXException {
        try (InputStream xml = part.getInputStream()) {
            return CellFormats.read(xml);
        }
    }

    private SharedStrings sharedStrings(PackagePart part) throws IOException, SAXException, ImportException {
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
    private static PackagePart related(WorkbookParts parts, String typeEnding) throws InvalidFormatException {
        PackagePart workbook = parts.workbookPart();
        for (PackageRelationship relation : workbook.getRelationships()) {
            if (relation.getRelationshipType().endsWith(typeEnding)) {
                return workbook.getPackage().getPart(PackagingURIHelper.createPartName(relation.getTargetURI()));
            }
        }
        return null;
    }

    private GridSheet readSheet(WorkbookSheets.Entry sheet, SharedStrings strings, CellFormats formats, long cellsBefore)
            throws IOException, SAXException, ImportException {
        if (sheet.part() == null) return new GridSheet(sheet.name(), new ArrayList<>(), List.of(), bounds.deadline());
        SheetHandler handler = new SheetHandler(sheet.name(), bounds, strings, formats, numbers, cellsBefore);
        try (InputStream xml = sheet.part().getInputStream()) {
            SaxParse.parse(xml, handler);
        } catch (SAXException e) {
            if (e.getException() instanceof ImportException refusal) throw refusal;
            throw e;
        }
        bounds.checkRows(sheet.name(), handler.rowCount());
        List<List<String>> rows = handler.rows();
        bounds.fillMergedRegions(sheet.name(), rows, handler.mergedRegions());
        return new GridSheet(sheet.name(), rows, SheetComments.read(sheet.part()), bounds.deadline());
    }
}
