package com.programaudit.importer;

import com.programaudit.importer.grid.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a spreadsheet in another format the way a coach would with "Save as": cell text as shown,
 * numbers as numbers, merged cells kept between workbook formats. CSV holds the first sheet only.
 */
public final class FormatConverter {
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private FormatConverter() { }

    private record SheetText(String name, List<List<String>> rows, List<CellRangeAddress> merged) { }

    /** {@code to}: "xlsx", "xls" or "csv". */
    public static byte[] convert(byte[] input, String to) throws IOException {
        List<SheetText> sheets = SpreadsheetFormat.sniff(input) == SpreadsheetFormat.CSV ? fromCsv(input) : fromWorkbook(input);
        return switch (to) {
            case "csv" -> toCsv(sheets.get(0));
            case "xlsx" -> toWorkbook(sheets, new XSSFWorkbook());
            case "xls" -> toWorkbook(sheets, new HSSFWorkbook());
            default -> throw new IllegalArgumentException(to);
        };
    }

    private static List<SheetText> fromCsv(byte[] csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) rows.add(record.toList());
        }
        return List.of(new SheetText("Program", rows, List.of()));
    }

    private static List<SheetText> fromWorkbook(byte[] bytes) throws IOException {
        List<SheetText> sheets = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : FORMATTER.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                sheets.add(new SheetText(sheet.getSheetName(), rows, sheet.getMergedRegions()));
            }
        }
        return sheets;
    }

    private static byte[] toCsv(SheetText sheet) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<String> row : sheet.rows()) printer.printRecord(row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] toWorkbook(List<SheetText> sheets, Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (SheetText text : sheets) {
                Sheet sheet = wb.createSheet(text.name());
                for (int r = 0; r < text.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = text.rows().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        String value = cells.get(c);
                        if (value.isEmpty()) continue;
                        if (value.matches("-?\\d+(\\.\\d+)?")) row.createCell(c).setCellValue(Double.parseDouble(value));
                        else row.createCell(c).setCellValue(value);
                    }
                }
                for (CellRangeAddress region : text.merged()) sheet.addMergedRegion(region.copy());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
