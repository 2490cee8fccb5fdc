package com.programaudit.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jxl.read.biff.BiffException;
import org.apache.poi.ss.util.CellReference;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Workbooks read by libraries that share no code with POI, so that a file POI writes and then reads back
 * is also checked by someone else: JExcelAPI for .xls (BIFF8), fastexcel-reader (StAX over the zip) for
 * .xlsx/.xlsm. Each sheet comes back as its non-empty cells' text by A1 address.
 */
final class OtherReaders {
    record SheetText(String name, Map<String, String> cells) { }

    private OtherReaders() { }

    static List<SheetText> read(String extension, byte[] bytes) throws IOException {
        return extension.equals("xls") ? jxl(bytes) : fastexcel(bytes);
    }

    private static List<SheetText> jxl(byte[] bytes) throws IOException {
        jxl.WorkbookSettings settings = new jxl.WorkbookSettings();
        settings.setGCDisabled(true);      // jxl calls System.gc() per workbook otherwise
        settings.setSuppressWarnings(true);
        settings.setEncoding("UTF-8");
        jxl.Workbook workbook;
        try {
            workbook = jxl.Workbook.getWorkbook(new ByteArrayInputStream(bytes), settings);
        } catch (BiffException e) {
            throw new IOException("JExcelAPI: " + e.getMessage(), e);
        }
        try {
            List<SheetText> sheets = new ArrayList<>();
            for (jxl.Sheet sheet : workbook.getSheets()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int r = 0; r < sheet.getRows(); r++) {
                    for (jxl.Cell cell : sheet.getRow(r)) {
                        if (!cell.getContents().isEmpty()) {
                            cells.put(CellReference.convertNumToColString(cell.getColumn()) + (r + 1), cell.getContents());
                        }
                    }
                }
                sheets.add(new SheetText(sheet.getName(), cells));
            }
            return sheets;
        } finally {
            workbook.close();
        }
    }

    private static List<SheetText> fastexcel(byte[] bytes) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<SheetText> sheets = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
                    for (org.dhatim.fastexcel.reader.Cell cell : row) {
                        if (cell != null && !cell.getText().isEmpty()) cells.put(cell.getAddress().toString(), cell.getText());
                    }
                }
                sheets.add(new SheetText(sheet.getName(), cells));
            }
            return sheets;
        }
    }
}
