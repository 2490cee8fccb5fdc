package com.programaudit.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the hostile and broken inputs of src/test/resources/hostile/ from the shared examples.
 * Small files are committed (missing ones are written with {@code -Dhostile.update=true}); the few that must
 * name a temporary file or are large are made fresh by the test.
 */
final class HostileCorpus {
    static final Path FOLDER = Path.of("src/test/resources/hostile");
    private static final Path EXAMPLES = Path.of("src/test/resources/examples");

    private HostileCorpus() { }

    static byte[] example(String name) {
        try {
            return Files.readAllBytes(EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committed corpus: file name to bytes. */
    static Map<String, byte[]> committed() throws Exception {
        byte[] anna = example("anna_upper_lower.xlsx");
        byte[] eva = example("eva_clean.xls");
        byte[] dan = example("dan_full_body.csv");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.xlsx", new byte[0]);
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        files.put("random_bytes.xlsx", random);
        files.put("truncated.xlsx", Arrays.copyOf(anna, anna.length / 2));
        files.put("truncated.xls", Arrays.copyOf(eva, eva.length / 2));
        files.put("password.xlsx", encryptXlsx(anna, "coach"));
        files.put("password.xls", encryptXls(eva, "coach"));
        files.put("zip_bomb.xlsx", zipBomb(anna));
        files.put("billion_laughs_sheet.xlsx", replaceEntry(anna, "xl/worksheets/sheet1.xml",
                xml -> BILLION_LAUGHS + xml.substring(xml.indexOf("?>") + 2)));
        files.put("billion_laughs_content_types.xlsx", replaceEntry(anna, "[Content_Types].xml",
                xml -> BILLION_LAUGHS.replace("worksheet", "Types") + xml.substring(xml.indexOf("?>") + 2)));
        files.put("no_table.xlsx", workbookWithText("Shopping list", "milk", "eggs", "bread"));
        files.put("png_renamed.xlsx", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, random));
        files.put("pdf_renamed.xlsx", concat("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), random));
        files.put("text_renamed.xlsx", "Dear coach,\nplease find attached my program.\nThanks!\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("binary_garbage.csv", concat("Week,Day,Exercise,Sets,Reps\n1,A,Squat,3,5\n"
                .getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 1, 2, 3}, random));
        files.put("invalid_utf8.csv", concat("Week,Day,Exercise\n1,A,".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, '\n'}));
        files.put("xlsx_named.csv", anna);
        files.put("csv_named.xlsx", dan);
        files.put("malformed_sheet_xml.xlsx", replaceEntry(anna, "xl/worksheets/sheet1.xml",
                xml -> xml.substring(0, xml.length() / 2)));
        files.put("malformed_core_properties.xlsx", replaceEntry(anna, "docProps/core.xml",
                xml -> xml.substring(0, xml.length() / 2)));
        files.put("overlapping_merged_cells.xlsx", replaceEntry(anna, "xl/worksheets/sheet1.xml", xml -> {
            String regions = "<mergeCell ref=\"A1:IV2000\"/>".repeat(3000);
            String merged = "<mergeCells count=\"3000\">" + regions + "</mergeCells>";
            String body = xml.replaceAll("<mergeCells.*?</mergeCells>", "");
            // mergeCells comes right after sheetData in the schema's order
            return body.replace("</sheetData>", "</sheetData>" + merged);
        }));
        files.put("zip_not_a_workbook.xlsx", zipOf("readme.txt", "just a zip".getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /** Entities that would expand to gigabytes if a parser expanded them. */
    static final String BILLION_LAUGHS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<!DOCTYPE worksheet [\n<!ENTITY lol \"lol\">\n"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n]>";

    /** Sheet XML whose inline string cell refers to an external entity: the file must never be read. */
    static byte[] externalEntity(Path secret, String entry) throws IOException {
        byte[] anna = example("anna_upper_lower.xlsx");
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>";
        return replaceEntry(anna, entry, xml -> {
            String body = doctype + xml.substring(xml.indexOf("?>") + 2);
            // put the entity where a cell value is, so an expanding parser would show it in a report
            return body.replaceFirst("<c r=\"A1\"[^>]*?(/>|>.*?</c>)",
                    "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>");
        });
    }

    /** A log table with more rows than the limit allows, written as a streaming workbook. */
    static byte[] hugeXlsx(int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Program");
            Row header = sheet.createRow(0);
            String[] names = {"Week", "Day", "Exercise", "Sets", "Reps"};
            for (int c = 0; c < names.length; c++) header.createCell(c).setCellValue(names[c]);
            for (int r = 1; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(1 + r / 20);
                row.createCell(1).setCellValue("A");
                row.createCell(2).setCellValue("Back Squat");
                row.createCell(3).setCellValue(3);
                row.createCell(4).setCellValue(5);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    static byte[] hugeCsv(int rows, int columns) {
        StringBuilder csv = new StringBuilder("Week,Day,Exercise,Sets,Reps");
        for (int c = 5; c < columns; c++) csv.append(",Note ").append(c);
        csv.append('\n');
        String filler = ",x".repeat(Math.max(0, columns - 5));
        for (int r = 1; r < rows; r++) csv.append(1 + r / 20).append(",A,Back Squat,3,5").append(filler).append('\n');
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] encryptXlsx(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
                 OutputStream data = encryptor.getDataStream(fs)) {
                opc.save(data);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] encryptXls(byte[] xls, String password) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Biff8EncryptionKey.setCurrentUserPassword(password);
            try {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            return out.toByteArray();
        }
    }

    /** The sheet XML padded with whitespace so that it inflates far more than 100 times. */
    private static byte[] zipBomb(byte[] xlsx) throws IOException {
        return replaceEntry(xlsx, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", " ".repeat(20 * 1024 * 1024) + "</worksheet>"));
    }

    private static byte[] workbookWithText(String... lines) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Notes");
            for (int r = 0; r < lines.length; r++) sheet.createRow(r).createCell(0).setCellValue(lines[r]);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A copy of a zip with one entry's text changed. */
    static byte[] replaceEntry(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                z.putNextEntry(new ZipEntry(entry.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        if (!found) throw new IllegalArgumentException("no zip entry " + name);
        return out.toByteArray();
    }

    private static byte[] zipOf(String name, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(data);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }

    /** Regenerates the committed files: {@code mvn test -Dtest=HostileInputTest -Dhostile.update=true}. */
    static void writeCommitted() throws Exception {
        // zip times and encryption salts differ on each run: only missing files are written

        Files.createDirectories(FOLDER);
        for (Map.Entry<String, byte[]> file : committed().entrySet()) {
            if (!Files.exists(FOLDER.resolve(file.getKey()))) Files.write(FOLDER.resolve(file.getKey()), file.getValue());
        }
    }
}
