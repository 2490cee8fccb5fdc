package com.programaudit.importer;

import com.programaudit.importer.grid.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Seeded mutations of valid spreadsheets for the fuzz test: raw bytes, the bytes inside one zip
 * entry of an .xlsx, and cell values written back through POI (or into CSV text).
 */
public final class Mutator {
    /** Values coaches (and accidents) put in cells: odd numbers, ranges, words, formulas, huge text. */
    private static final String[] ODD_VALUES = {"", " ", "-1", "0", "1e308", "NaN", "99999999999", "8-12-", "@@",
            "-", "x", "3x", "x8", "0x0", "10000x10000", "4x8-10 @RPE 11", "AMRAP", "5+", "RPE -3", "2/1/0/-1/9",
            "Week 0", "Week -3", "W999999", "Day 0", "deload", "failure", "drop set x 1000", "1-", "–", "1,5",
            "١٢", "𝟠", "\u0000", "\uFEFF8", "=SUM(A1:A9)", "#REF!", "TRUE", "2024-13-45", "RIR 2,1,0,,,",
            "Back Squat".repeat(200), "8–12–16", "12-8", "0-0", "1/0", "%", "50%1RM", "Sets x Reps", "Exercise",
            "Week", "Client", "Block"};

    private static final String[] SHEET_NAMES = {"Week 1", "Week 0", "W99999999999", "Wk 3 - Deload", "Blocks",
            "Program", "Info", "Hypertrophy (W1-99999)", "Deload (W9-1)", "Strength (W0-0)", "Week 1 (2)", "Sheet1"};

    private final Random random;
    private String lastKind = "";

    public Mutator(long seed) { this.random = new Random(seed); }

    /** What the last call to {@link #mutate} changed, for the failure message. */
    public String lastKind() { return lastKind; }

    public byte[] mutate(byte[] seed) throws IOException {
        boolean zip = SpreadsheetFormat.sniff(seed) == SpreadsheetFormat.XLSX;
        boolean workbook = SpreadsheetFormat.sniff(seed) != SpreadsheetFormat.CSV;
        int choice = random.nextInt(10);
        if (choice < 3) {
            lastKind = "raw bytes";
            return mutateBytes(seed, 1 + random.nextInt(3));
        }
        if (choice < 6 && zip) {
            lastKind = "zip entry bytes";
            return mutateZipEntry(seed);
        }
        if (workbook) {
            lastKind = "cell values";
            return mutateCells(seed);
        }
        lastKind = "csv cells";
        return mutateCsv(seed);
    }

    /** Byte flips, truncation, chunk duplication, removal and random insertion. */
    byte[] mutateBytes(byte[] input, int rounds) {
        byte[] bytes = input;
        for (int i = 0; i < rounds && bytes.length > 1; i++) {
            int at = random.nextInt(bytes.length);
            int length = 1 + random.nextInt(Math.max(1, Math.min(512, bytes.length - at)));
            switch (random.nextInt(5)) {
                case 0 -> {
                    bytes = bytes.clone();
                    for (int k = 0; k < 1 + random.nextInt(8); k++) bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                case 1 -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
                case 2 -> bytes = splice(bytes, at, Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + length)), 0);
                case 3 -> bytes = splice(bytes, at, new byte[0], Math.min(length, bytes.length - at));
                default -> {
                    byte[] noise = new byte[length];
                    random.nextBytes(noise);
                    bytes = splice(bytes, at, noise, 0);
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] insert, int remove) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }

    /** Mutates the inflated bytes of one entry, then zips the package again. */
    private byte[] mutateZipEntry(byte[] xlsx) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> data = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
                data.add(in.readAllBytes());
            }
        }
        int target = random.nextInt(names.size());
        lastKind = "zip entry " + names.get(target);
        data.set(target, random.nextBoolean() ? mutateBytes(data.get(target), 1 + random.nextInt(2))
                : mutateXmlText(data.get(target)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(data.get(i));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Changes a number in the XML (row and column indexes, style ids, sizes) to an odd one. */
    private byte[] mutateXmlText(byte[] xml) {
        String text = new String(xml, StandardCharsets.UTF_8);
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("\\d+").matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (numbers.find()) spans.add(new int[] {numbers.start(), numbers.end()});
        if (spans.isEmpty()) return mutateBytes(xml, 1);
        int[] span = spans.get(random.nextInt(spans.size()));
        String[] odd = {"0", "-1", "1048577", "2147483648", "99999999999999999999", "16385", "", "1.5"};
        return (text.substring(0, span[0]) + odd[random.nextInt(odd.length)] + text.substring(span[1]))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Rewrites a few cells with odd values, or drops a row, through POI. */
    private byte[] mutateCells(byte[] bytes) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int index = random.nextInt(wb.getNumberOfSheets());
            Sheet sheet = wb.getSheetAt(index);
            if (random.nextInt(6) == 0) {
                // sheet names steer the layout readers (week sheets, Blocks, Program, block names)
                String name = SHEET_NAMES[random.nextInt(SHEET_NAMES.length)];
                if (wb.getSheetIndex(name) < 0) wb.setSheetName(index, name);
            }
            int lastRow = Math.max(0, sheet.getLastRowNum());
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                int r = random.nextInt(lastRow + 1);
                Row row = sheet.getRow(r);
                if (row == null) row = sheet.createRow(r);
                if (random.nextInt(8) == 0) {
                    sheet.removeRow(row);
                    continue;
                }
                int c = random.nextInt(Math.max(1, row.getLastCellNum()) + 1);
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                String value = ODD_VALUES[random.nextInt(ODD_VALUES.length)];
                if (random.nextInt(4) == 0) cell.setCellValue(random.nextInt(2000) - 1000 + random.nextDouble());
                else cell.setCellValue(value.replace("\u0000", ""));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Rewrites a few CSV fields with odd values, or duplicates / drops a line. */
    private byte[] mutateCsv(byte[] bytes) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            int l = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(l);
                case 1 -> lines.add(l, lines.get(l));
                case 2 -> lines.set(l, lines.get(l) + ",\"unclosed");
                default -> {
                    String[] fields = lines.get(l).split(",", -1);
                    fields[random.nextInt(fields.length)] = ODD_VALUES[random.nextInt(ODD_VALUES.length)];
                    lines.set(l, String.join(",", fields));
                }
            }
            if (lines.isEmpty()) lines.add("");
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
