package com.programaudit.importer.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForeignFileTest {
    private static Optional<String> kind(String text) {
        return ForeignFile.kind(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Web apps save HTML tables under .xls names; a login page saved instead of the export is HTML too. */
    @Test
    void aWebPageIsNamedWhateverTheCaseOfItsFirstTagAndWhatComesBeforeIt() {
        for (String page : new String[] {"<!DOCTYPE html><html>", "<!doctype html>\n<html>", "<html><body><table>",
                "\n\n   <HTML>", "\uFEFF<html>"}) {
            assertEquals(Optional.of("an HTML page"), kind(page), page);
        }
    }

    @Test
    void excel2003XmlIsNamedAsSuch() {
        assertEquals(Optional.of("an Excel 2003 XML file (SpreadsheetML, which is not read)"), kind("<?xml version=\"1.0\"?>\n"
                + "<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"));
        assertEquals(Optional.of("an XML file"), kind("<?xml version=\"1.0\"?><plan/>"));
    }

    @Test
    void aCsvIsNotMarkup() {
        assertEquals(Optional.empty(), kind("Week,Day,Exercise\n1,Mon,<b>Squat</b>\n"));
        assertEquals(Optional.empty(), kind("\"<html>\",Sets\n"));
    }

    /** Other programs' spreadsheets are named, so the coach knows what to save them as. */
    @Test
    void otherProgramsSpreadsheetsAreNamed() {
        byte[] ods = bytes("PK\u0003\u0004\u0014\u0000\u0000\u0008\u0000\u0000\"*\u0081]\u0085l9\u008a.\u0000\u0000\u0000.\u0000"
                + "\u0000\u0000\u0008\u0000\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.spreadsheetPK");
        assertEquals(Optional.of("an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice)"), ForeignFile.otherSpreadsheet(ods));
        byte[] numbers = bytes("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000Index/Document.iwa\u0000\u0001");
        assertEquals(Optional.of("an Apple Numbers file"), ForeignFile.otherSpreadsheet(numbers));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals(Optional.of("an Excel 5.0/95 workbook"), ForeignFile.otherSpreadsheet(concat(ole2, "Book".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(Optional.empty(), ForeignFile.otherSpreadsheet(concat(ole2, "Workbook".getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(Optional.empty(), ForeignFile.otherSpreadsheet(bytes("PK\u0003\u0004xl/workbook.xml")));
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
