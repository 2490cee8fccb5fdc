package com.programaudit.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV (comma, semicolon or tab separated; UTF-8 or Windows-1252) into one text grid. */
final class CsvGridReader {
    private final ImportLimits limits;

    CsvGridReader(ImportLimits limits) { this.limits = limits; }

    Grid read(String fileName, byte[] bytes) throws ImportException {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        char delimiter = guessDelimiter(text);
        String sheetName = Grid.stem(fileName);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
        List<List<String>> rows = new ArrayList<>();
        long cells = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= limits.maxRowsPerSheet()) {
                    throw new ImportException("The CSV has more than " + limits.maxRowsPerSheet()
                            + " rows, the most one file may have.", sheetName, "A" + (rows.size() + 1));
                }
                List<String> row = record.toList();
                cells += row.size();
                if (cells > limits.maxCells()) {
                    throw new ImportException("The CSV has more than " + limits.maxCells() + " cells.", sheetName,
                            "A" + (rows.size() + 1));
                }
                rows.add(new ArrayList<>(row));
            }
        } catch (IOException | RuntimeException e) {
            throw new ImportException("The CSV could not be parsed: " + e.getMessage(), sheetName, null);
        }
        return new Grid(fileName, List.of(new GridSheet(sheetName, rows)));
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Excel on Windows saves CSV in the ANSI code page
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** The separator that occurs most in the first lines; Excel in many locales writes ';'. */
    static char guessDelimiter(String text) {
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
