package com.programaudit.workbook;

import com.programaudit.importer.grid.CellText;
import com.programaudit.importer.grid.CsvDialect;
import com.programaudit.importer.grid.SpreadsheetFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An in-memory copy of the coach's input as a workbook that may be changed and saved elsewhere. It is
 * opened from the input's bytes, so the original file is never opened for writing. A .xlsx/.xlsm stays
 * XSSF and a .xls stays HSSF; a CSV becomes a new .xlsx with its grid in one sheet.
 */
public final class WorkbookCopy implements Closeable {
    private final Workbook workbook;
    private final String extension;
    private final boolean fromCsv;
    private final CellText cellText = new CellText();

    private WorkbookCopy(Workbook workbook, String extension, boolean fromCsv) {
        this.workbook = workbook;
        this.extension = extension;
        this.fromCsv = fromCsv;
    }

    /** Opens the input; {@code fileName} only decides between .xlsx and .xlsm for a zip workbook. */
    public static WorkbookCopy open(String fileName, byte[] input) throws IOException {
        SpreadsheetFormat format = SpreadsheetFormat.sniff(input);
        return switch (format) {
            case XLSX -> new WorkbookCopy(WorkbookFactory.create(new ByteArrayInputStream(input)),
                    fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsm") ? "xlsm" : "xlsx", false);
            case XLS -> new WorkbookCopy(xls(input), "xls", false);
            case CSV -> new WorkbookCopy(fromCsv(fileName, input), "xlsx", true);
            case UNKNOWN -> throw new IOException("not a spreadsheet");
        };
    }

    private static Workbook xls(byte[] input) throws IOException {
        Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(input));
        if (workbook instanceof HSSFWorkbook hssf) CountryRecordFix.ensure(hssf);
        return workbook;
    }

    /** The CSV grid in one sheet named as the importer names it (the file name without extension). */
    private static Workbook fromCsv(String fileName, byte[] input) throws IOException {
        CsvDialect dialect = CsvDialect.detect(input);
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(stem(fileName)));
        try (CSVParser parser = CSVParser.parse(new StringReader(dialect.text(input)), dialect.format())) {
            int r = 0;
            int maxColumns = SpreadsheetVersion.EXCEL2007.getMaxColumns();
            int maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows();
            for (CSVRecord record : parser) {
                if (record.size() > maxColumns || r >= maxRows) {
                    throw new IOException("the CSV has " + (r >= maxRows ? "more than " + maxRows + " rows"
                            : record.size() + " fields on line " + (r + 1)) + "; a workbook holds at most "
                            + maxColumns + " columns and " + maxRows + " rows");
                }
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    if (!record.get(c).isEmpty()) CellValues.set(row.createCell(c), record.get(c));
                }
            }
        }
        return workbook;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    public Workbook workbook() { return workbook; }

    /** The extension the copy is saved with: xlsx, xlsm or xls. */
    public String extension() { return extension; }

    public boolean fromCsv() { return fromCsv; }

    /** The sheet a finding names; a CSV copy has one sheet, whatever the name. */
    public Optional<Sheet> sheet(String name) {
        if (fromCsv) return Optional.of(workbook.getSheetAt(0));
        return Optional.ofNullable(name == null ? null : workbook.getSheet(name));
    }

    /** The cell at an A1 address, created (blank) when the sheet has nothing there; empty when no such sheet. */
    public Optional<Cell> cell(String sheetName, String address) {
        if (!isAddress(address)) return Optional.empty();
        return sheet(sheetName).map(sheet -> {
            CellReference ref = new CellReference(address);
            Row row = sheet.getRow(ref.getRow());
            if (row == null) row = sheet.createRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol());
            return cell != null ? cell : row.createCell(ref.getCol());
        });
    }

    /** An autofilter over {@code range} of one of the copy's sheets. */
    public void autoFilter(Sheet sheet, CellRangeAddress range) { SheetFilter.set(sheet, range); }

    /** The text at an A1 address as the importer read it ("" for a missing cell); empty when no such sheet. */
    public Optional<String> textAt(String sheetName, String address) {
        if (!isAddress(address)) return Optional.empty();
        return sheet(sheetName).map(sheet -> {
            CellReference ref = new CellReference(address);
            Row row = sheet.getRow(ref.getRow());
            Cell cell = row == null ? null : row.getCell(ref.getCol());
            return cell == null ? "" : text(cell);
        });
    }

    /** An A1 address inside this workbook's grid (row 1 up, at most XFD1048576 or IV65536 for .xls). */
    private boolean isAddress(String address) {
        if (address == null || !address.matches("[A-Za-z]{1,3}[1-9][0-9]{0,6}")) return false;
        CellReference ref = new CellReference(address);
        SpreadsheetVersion version = workbook.getSpreadsheetVersion();
        return ref.getRow() <= version.getLastRowIndex() && ref.getCol() <= version.getLastColumnIndex();
    }

    /** The cell's text as the importer read it. */
    public String text(Cell cell) { return cellText.of(cell); }

    /**
     * The saved copy, marked as this tool's {@code kind} of output ({@link OwnOutputs}). Damaged document
     * properties only cost the mark: the copy is still saved, and will be audited like a coach's file.
     */
    public byte[] toBytes(String kind) throws IOException {
        try {
            OwnOutputs.mark(workbook, kind);
        } catch (RuntimeException e) {
            LOG.debug("Could not mark the copy as {}", kind, e);
        }
        return toBytes();
    }

    /** The saved copy, unmarked: the coach's own file with a change (an accepted finding's marker), audited as theirs. */
    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        byte[] bytes = out.toByteArray();
        if (workbook instanceof XSSFWorkbook) opensAgain(bytes);
        return bytes;
    }

    /**
     * A package POI read leniently (two relationships with one id, say) can be saved without its
     * workbook part, and no spreadsheet program would open it: such a copy is refused here rather than
     * handed to a coach. Only the package structure is read back, not the sheets.
     */
    private static void opensAgain(byte[] bytes) throws IOException {
        try (OPCPackage saved = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            PackageRelationshipCollection core = saved.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (core.size() != 1 || saved.getPart(core.getRelationship(0)) == null) {
                throw new IOException("the copy POI saved has no workbook part and would not open (the input's package is damaged)");
            }
        } catch (InvalidFormatException e) {
            throw new IOException("the copy POI saved would not open: " + e.getMessage(), e);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkbookCopy.class);

    @Override public void close() throws IOException { workbook.close(); }
}
