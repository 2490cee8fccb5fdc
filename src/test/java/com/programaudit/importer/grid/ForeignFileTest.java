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
}
