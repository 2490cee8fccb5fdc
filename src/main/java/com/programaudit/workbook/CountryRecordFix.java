package com.programaudit.workbook;

import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.model.WorkbookRecordList;
import org.apache.poi.hssf.record.CountryRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Gives an .xls a COUNTRY record when it has none, before anything is added to it. POI places the records
 * it adds to the workbook globals (the drawing group of the first comment, RECALCID for a forced
 * recalculation, the link table) just after COUNTRY; without one it puts them at index 0, ahead of the
 * workbook's BOF, and the saved file opens neither in Excel nor LibreOffice. Writers that leave COUNTRY
 * out exist (the example eva_clean.xls is one).
 */
final class CountryRecordFix {
    /** Excel's code for the United States, the default every writer uses. */
    private static final short UNITED_STATES = 1;

    private CountryRecordFix() { }

    static void ensure(HSSFWorkbook workbook) {
        InternalWorkbook globals = workbook.getInternalWorkbook();
        if (globals.findFirstRecordBySid(CountryRecord.sid) != null) return;
        CountryRecord country = new CountryRecord();
        country.setDefaultCountry(UNITED_STATES);
        country.setCurrentCountry(UNITED_STATES);
        // COUNTRY follows the last BOUNDSHEET, where Excel and POI's own new workbooks have it;
        // the record list's add keeps its bookmarks (fonts, styles, names …) pointing at the same records
        WorkbookRecordList records = globals.getWorkbookRecordList();
        records.add(records.getBspos() + 1, country);
    }
}
