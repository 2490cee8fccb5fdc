package com.programaudit.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files that cost a naive reader minutes or gigabytes (issue 13), written at test time because
 * they are too big or too many to commit: each is made from a few lines of XML, as an attacker would.
 * {@code java -cp target/program-audit.jar:target/test-classes com.programaudit.importer.CraftedInputs DIR}
 * writes them for src/bench/bounded-reading.sh.
 */
public final class CraftedInputs {
    /** Excel's longest cell text. */
    static final int LONGEST_CELL = 32_767;

    private CraftedInputs() { }

    /** Every crafted file by name. */
    static Map<String, byte[]> all() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("long_reps_cell.xlsx", longRepsCell());
        files.put("xfd_column.xlsx", lastColumnOnEveryRow(49_990));
        files.put("million_strings.xlsx", manySharedStrings(1_000_000));
        files.put("rows_49999.xlsx", longLog(49_999));
        files.put("sheets_1000.xlsx", manySheets(1_000));
        files.put("squats_49999.xlsx", HostileCorpus.hugeXlsx(49_999));
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/crafted");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : all().entrySet()) Files.write(dir.resolve(file.getKey()), file.getValue());
    }

    /** A log table whose one Reps cell is Excel's longest text, all digits. */
    static byte[] longRepsCell() throws IOException {
        StringBuilder rows = new StringBuilder(header(1));
        rows.append(row(2, "1", "A", "Back Squat", "3", "5"));
        rows.append(row(3, "1", "A", "Bench Press", "3", "9".repeat(LONGEST_CELL)));
        return workbook(List.of(sheet(rows)), null);
    }

    /** One number at column XFD (the last Excel has) on each of {@code rows} rows: a few hundred KB. */
    static byte[] lastColumnOnEveryRow(int rows) throws IOException {
        StringBuilder xml = new StringBuilder(header(1));
        for (int r = 2; r <= rows; r++) xml.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r)
                .append("\"><v>1</v></c></row>");
        return workbook(List.of(sheet(xml)), null);
    }

    /** A shared-strings table of {@code count} distinct short strings under a small log table. */
    static byte[] manySharedStrings(int count) throws IOException {
        StringBuilder strings = new StringBuilder("<sst xmlns=\"" + MAIN + "\" count=\"" + count + "\" uniqueCount=\""
                + count + "\">");
        for (int i = 0; i < count; i++) strings.append("<si><t>s").append(i).append("</t></si>");
        strings.append("</sst>");
        StringBuilder rows = new StringBuilder(header(1));
        rows.append(row(2, "1", "A", "Back Squat", "3", "5"));
        rows.append("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>").append(count - 1).append("</v></c></row>");
        return workbook(List.of(sheet(rows)), strings.toString());
    }

    /** A plain log table of {@code rows} rows (header included), under the row limit. */
    static byte[] longLog(int rows) throws IOException {
        StringBuilder xml = new StringBuilder(header(1));
        String[] exercises = {"Back Squat", "Bench Press", "Deadlift", "Overhead Press", "Barbell Row"};
        for (int r = 2; r <= rows; r++) {
            int set = r - 2;
            xml.append(row(r, String.valueOf(1 + set / 60), "ABC".substring(set / 20 % 3, set / 20 % 3 + 1),
                    exercises[set / 4 % exercises.length], "3", String.valueOf(5 + set % 4)));
        }
        return workbook(List.of(sheet(xml)), null);
    }

    /** {@code count} sheets, each a two-row log table. */
    static byte[] manySheets(int count) throws IOException {
        List<String> sheets = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) sheets.add(sheet(new StringBuilder(header(1)).append(row(2, "1", "A", "Back Squat", "3", "5"))));
        return workbook(sheets, null);
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** A number cell (no type: a number) whose value is the text "three", as a faulty export writes it. */
    static byte[] numberCellHoldingText() throws IOException {
        StringBuilder rows = new StringBuilder(header(1));
        rows.append(row(2, "1", "A", "Back Squat", "3", "5"));
        rows.append("<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>A</t></is></c>"
                + "<c r=\"C3\" t=\"inlineStr\"><is><t>Leg Curl</t></is></c><c r=\"D3\"><v>three</v></c></row>");
        return workbook(List.of(sheet(rows)), null);
    }

    /** A cell named {@code ref} on row 3, past Excel's last column (XFD), as a faulty writer or a crafted file names it. */
    static byte[] cellPastTheLastColumn(String ref) throws IOException {
        StringBuilder rows = new StringBuilder(header(1));
        rows.append(row(2, "1", "A", "Back Squat", "3", "5"));
        rows.append("<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"" + ref + "\"><v>3</v></c></row>");
        return workbook(List.of(sheet(rows)), null);
    }

    /**
     * Formulas with no saved result, as scripts write them (openpyxl: an empty {@code <v/>}; others: none): the
     * Back Squat's RIR is =1+1 and its sets =1+2; the Leg Curl's RIR is =A2+1. Excel would calculate them on opening.
     */
    public static byte[] uncalculatedFormulas() throws IOException {
        StringBuilder rows = new StringBuilder(row(1, "Week", "Day", "Exercise", "Sets", "Reps", "RIR"));
        rows.append("<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Day 1</t></is></c>"
                + "<c r=\"C2\" t=\"inlineStr\"><is><t>Back Squat</t></is></c><c r=\"D2\"><f>1+2</f><v></v></c>"
                + "<c r=\"E2\"><v>5</v></c><c r=\"F2\"><f>1+1</f><v></v></c></row>");
        rows.append("<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>Day 1</t></is></c>"
                + "<c r=\"C3\" t=\"inlineStr\"><is><t>Leg Curl</t></is></c><c r=\"D3\"><v>3</v></c>"
                + "<c r=\"E3\"><v>10</v></c><c r=\"F3\"><f>A2+1</f></c></row>");
        return workbook(List.of(sheet(rows)), null);
    }

    private static String header(int r) {
        return row(r, "Week", "Day", "Exercise", "Sets", "Reps");
    }

    /** A row of inline strings from column A. */
    private static String row(int r, String... cells) {
        StringBuilder xml = new StringBuilder("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.length; c++) {
            xml.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"inlineStr\"><is><t>")
                    .append(cells[c]).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    private static String sheet(CharSequence rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    /** The fewest parts Excel and POI open: content types, relationships, workbook, sheets, shared strings. */
    private static byte[] workbook(List<String> sheets, String sharedStrings) throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>");
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN
                + "\" xmlns:r=\"" + REL + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + PKG_REL + "\">");
        for (int i = 1; i <= sheets.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            book.append("<sheet name=\"Sheet").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId")
                    .append(i).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        types.append("</Types>");
        book.append("</sheets></workbook>");
        rels.append("</Relationships>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"" + PKG_REL
                    + "\"><Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", book);
            entry(zip, "xl/_rels/workbook.xml.rels", rels);
            for (int i = 1; i <= sheets.size(); i++) entry(zip, "xl/worksheets/sheet" + i + ".xml", sheets.get(i - 1));
            if (sharedStrings != null) entry(zip, "xl/sharedStrings.xml", sharedStrings);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, CharSequence text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
