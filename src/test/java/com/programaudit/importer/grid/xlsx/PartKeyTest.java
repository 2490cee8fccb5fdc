package com.programaudit.importer.grid.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.junit.jupiter.api.Test;

/** A zip entry's part key is the part name POI makes of it, in lower case, whether or not it skips POI's URI parsing. */
class PartKeyTest {
    private static String poi(String entryName) {
        String name = entryName.startsWith("/") ? entryName : "/" + entryName;
        try {
            return PackagingURIHelper.createPartName(PackagingURIHelper.toURI(name)).getName().toLowerCase(Locale.ROOT);
        } catch (Exception notAPartName) {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    @Test
    void keysAreThoseOfPoisPartNames() throws Exception {
        List<String> names = new ArrayList<>(List.of("xl/worksheets/sheet1.xml", "_rels/.rels", "XL/Workbook.XML",
                "/a/../b", "a/./b", "a//b", ".", "a.", "[Content_Types].xml", "xl/worksheets/Sheet 1.xml",
                "xl/worksheets/sh%65et.xml", "xl/Arbeitsblätter/blatt1.xml", "xl/a#b.xml", "xl\\sheet.xml"));
        Random random = new Random(20261130);
        String alphabet = "aZ0/._-xl %#é[]";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int j = 1 + random.nextInt(14); j > 0; j--) name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            names.add(name.toString());
        }
        for (String name : names) assertEquals(poi(name), XlsxPackage.partKey(name), name);
    }
}
