package com.programaudit.importer.grid.xlsx;

import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/** POI's reader of an .xlsx's parts, giving also the workbook part that names each sheet's part. */
final class WorkbookParts extends XSSFReader {
    WorkbookParts(OPCPackage pkg) throws IOException, OpenXML4JException {
        super(pkg, true); // strict OOXML too, as the user model reads it
    }

    PackagePart workbookPart() { return workbookPart; }
}
