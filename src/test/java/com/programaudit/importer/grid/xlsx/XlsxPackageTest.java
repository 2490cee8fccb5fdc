package com.programaudit.importer.grid.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.ImportLimits;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.WorkbookGridReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * Relationship targets as writers other than Excel leave them: absolute, with "../", in another case than the
 * zip entry, with a space. Each must reach the sheet POI's OPCPackage (the user model) reaches, and no other.
 */
class XlsxPackageTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    @Test
    void everyWayOfNamingASheetsPartReachesItAsPoiDoes() throws Exception {
        // sheet name -> relationship target (from xl/workbook.xml) and the zip entry that holds it
        List<String[]> sheets = List.of(
                new String[] {"Relative", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"},
                new String[] {"Absolute", "/xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"},
                new String[] {"Up and down", "../xl/worksheets/sheet3.xml", "xl/worksheets/sheet3.xml"},
                new String[] {"Other case", "Worksheets/SHEET4.xml", "xl/worksheets/sheet4.xml"},
                new String[] {"Space", "worksheets/my%20sheet.xml", "xl/worksheets/my sheet.xml"});
        byte[] xlsx = workbook(sheets);
        Grid grid = new WorkbookGridReader(ImportLimits.DEFAULT).read("targets.xlsx", xlsx);
        try (Workbook poi = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertEquals(poi.getNumberOfSheets(), grid.sheets().size(), "the sheets the user model reads");
            DataFormatter text = new DataFormatter();
            for (int i = 0; i < poi.getNumberOfSheets(); i++) {
                assertEquals(poi.getSheetName(i), grid.sheets().get(i).name());
                assertEquals(text.formatCellValue(poi.getSheetAt(i).getRow(0).getCell(0)), grid.sheets().get(i).text(0, 0));
            }
        }
        // a target written "%20" does not reach an entry named with a space in POI either: that sheet is left out
        assertEquals(List.of("Relative", "Absolute", "Up and down", "Other case"),
                grid.sheets().stream().map(s -> s.name()).toList());
        assertEquals("in Other case", grid.sheets().get(3).text(0, 0));
    }

    private static final List<String[]> ONE_SHEET = List.<String[]>of(new String[] {"Plan", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"});

    /**
     * Stored (uncompressed) entries followed by a data descriptor, as Python's zipfile writes to a stream: POI reads
     * them, so the audit must too (resources/xlsx/stored_with_data_descriptors.xlsx, a shared example re-zipped so).
     */
    @Test
    void storedEntriesWithDataDescriptorsAreReadAsPoiReadsThem() throws Exception {
        byte[] xlsx;
        try (java.io.InputStream in = XlsxPackageTest.class.getResourceAsStream("/xlsx/stored_with_data_descriptors.xlsx")) {
            xlsx = in.readAllBytes();
        }
        Grid grid = new WorkbookGridReader(ImportLimits.DEFAULT).read("stored.xlsx", xlsx);
        try (Workbook poi = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertEquals(poi.getNumberOfSheets(), grid.sheets().size());
            DataFormatter text = new DataFormatter();
            org.apache.poi.ss.usermodel.Row first = poi.getSheetAt(0).getRow(0);
            assertEquals(text.formatCellValue(first.getCell(0)), grid.sheets().get(0).text(0, 0));
            assertTrue(grid.sheets().get(0).rowCount() > 5, "the sheet's rows are read");
        }
    }

    /** A relationship without a Type is read as POI reads it (type ""), not as a damaged file. */
    @Test
    void aRelationshipWithoutATypeIsPassedOver() throws Exception {
        byte[] xlsx = workbook(ONE_SHEET, "<Relationship Id=\"rId0\" Target=\"docProps/custom.xml\"/>", "", List.of());
        Grid grid = new WorkbookGridReader(ImportLimits.DEFAULT).read("untyped.xlsx", xlsx);
        assertEquals("in Plan", grid.sheets().get(0).text(0, 0));
    }

    /** Shared strings the workbook says are outside the file: POI refused the file, and so does the audit. */
    @Test
    void anExternalSharedStringsTargetIsRefusedAsDamaged() throws Exception {
        byte[] xlsx = workbook(ONE_SHEET, "", "<Relationship Id=\"rIdS\" Type=\"" + REL + "/sharedStrings\""
                + " Target=\"http://example.com/strings.xml\" TargetMode=\"External\"/>", List.of());
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> new WorkbookGridReader(ImportLimits.DEFAULT).read("external.xlsx", xlsx));
        assertTrue(e.getMessage().contains("damaged or incomplete"), e.getMessage());
    }

    /** A zip naming one part twice (in another case too) is refused: which copy counts would be a guess. */
    @Test
    void aPartNamedTwiceIsRefusedAsDamaged() throws Exception {
        byte[] xlsx = workbook(ONE_SHEET, "", "", List.<String[]>of(new String[] {"xl/worksheets/Sheet1.xml",
                "<worksheet xmlns=\"" + MAIN + "\"><sheetData/></worksheet>"}));
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> new WorkbookGridReader(ImportLimits.DEFAULT).read("twice.xlsx", xlsx));
        assertTrue(e.getMessage().contains("damaged or incomplete"), e.getMessage());
    }

    private static byte[] workbook(List<String[]> sheets) throws IOException {
        return workbook(sheets, "", "", List.of());
    }

    /** {@code rootRels}, {@code workbookRels}: more Relationship elements; {@code entries}: more name/text pairs. */
    private static byte[] workbook(List<String[]> sheets, String rootRels, String workbookRels, List<String[]> entries)
            throws IOException {
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL + "\">");
        for (int i = 0; i < sheets.size(); i++) {
            book.append("<sheet name=\"").append(sheets.get(i)[0]).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"" + REL + "/worksheet\" Target=\"")
                    .append(sheets.get(i)[1]).append("\"/>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".spreadsheetml.sheet.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL
                    + "\">" + rootRels + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", book + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", rels + workbookRels + "</Relationships>");
            for (String[] extra : entries) entry(zip, extra[0], extra[1]);
            for (String[] sheet : sheets) {
                entry(zip, sheet[2], "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>in " + sheet[0] + "</t></is></c></row></sheetData></worksheet>");
            }
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
