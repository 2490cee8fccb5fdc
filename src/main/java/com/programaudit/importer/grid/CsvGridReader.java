package com.programaudit.importer.grid;

import com.programaudit.importer.*;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV (comma, semicolon or tab separated; UTF-8 or Windows-1252) into one text grid. */
public final class CsvGridReader {
    private final ImportLimits limits;
    private final ReadDeadline deadline;

    public CsvGridReader(ImportLimits limits) { this(limits, ReadDeadline.none()); }

    public CsvGridReader(ImportLimits limits, ReadDeadline deadline) {
        this.limits = limits;
        this.deadline = deadline;
    }

    public Grid read(String fileName, byte[] bytes) throws ImportException {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        char delimiter = guessDelimiter(text);
        String sheetName = Grid.stem(fileName);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
        List<List<String>> rows = new ArrayList<>();
        long cells = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                deadline.tick();
                List<String> row = record.toList();
                cells += row.size();
                if (rows.size() >= limits.maxRowsPerSheet() || cells > limits.maxCells()) {
                    throw tooBig(parser, rows.size() + 1, cells, sheetName);
                }
                rows.add(new ArrayList<>(row));
            }
        } catch (ReadDeadline.Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(parseFailure(e), sheetName, null);
        }
        CsvRowRepair.repair(rows);
        return new Grid(fileName, List.of(new GridSheet(sheetName, rows, List.of(), deadline)));
    }

    /** Commons CSV names its exception classes; the coach needs the line and what to look for. */
    private static String parseFailure(Exception e) {
        String detail = String.valueOf(e.getMessage());
        Matcher line = Pattern.compile("line:? ?(\\d+)").matcher(detail);
        String where = line.find() ? " near line " + line.group(1) : "";
        return "The CSV could not be read" + where + ": a quoted value is not closed, or has text after its"
                + " closing quote. Check the quotes in that line.";
    }

    /** The limit passed: counts the rest without keeping it, so the message can give the real size. */
    private ImportException tooBig(CSVParser parser, int row, long cells, String sheetName) {
        int rows = row;
        long allCells = cells;
        for (CSVRecord record : parser) {
            rows++;
            allCells += record.size();
        }
        String message = rows > limits.maxRowsPerSheet()
                ? String.format(Locale.ROOT, "The CSV has %,d rows; at most %,d rows are read.", rows,
                        limits.maxRowsPerSheet())
                : String.format(Locale.ROOT, "The CSV has %,d cells; at most %,d cells are read.", allCells,
                        limits.maxCells());
        return new ImportException(message + " Split the program into smaller files.", sheetName, "A" + row);
    }

    public static String decode(byte[] bytes) {
        return new String(bytes, charsetOf(bytes));
    }

    /**
     * UTF-16 (Excel's "Unicode Text", with or without its byte-order mark), else UTF-8 when the bytes
     * are valid UTF-8, else the Windows ANSI code page Excel uses for CSV.
     */
    public static java.nio.charset.Charset charsetOf(byte[] bytes) {
        java.nio.charset.Charset utf16 = SpreadsheetFormat.utf16(bytes);
        if (utf16 != null) return utf16;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return java.nio.charset.Charset.forName("windows-1252");
        }
    }

    /** The separator that occurs most in the first lines; Excel in many locales writes ';'. */
    public static char guessDelimiter(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        char best = ',';
        long bestCount = head.chars().filter(ch -> ch == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = head.chars().filter(ch -> ch == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
