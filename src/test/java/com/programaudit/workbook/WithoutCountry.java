package com.programaudit.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.CountryRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * An .xls as the writers that leave out the COUNTRY record save it (the example eva_clean.xls is one):
 * the same workbook with that one record removed. POI's writers misplace what they add to such a file.
 */
public final class WithoutCountry {
    private WithoutCountry() { }

    /** The workbook without its COUNTRY record; empty when it had none to remove. */
    public static Optional<byte[]> of(byte[] xls) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            InternalWorkbook globals = workbook.getInternalWorkbook();
            Record country = globals.findFirstRecordBySid(CountryRecord.sid);
            if (country == null) return Optional.empty();
            globals.getWorkbookRecordList().remove(country);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return Optional.of(out.toByteArray());
        }
    }

    public static boolean hasCountry(byte[] xls) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
            return workbook.getInternalWorkbook().findFirstRecordBySid(CountryRecord.sid) != null;
        }
    }
}
