package com.programaudit.workbook;

import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.formula.ptg.Area3DPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An autofilter on a range of a sheet. On .xls, POI's setAutoFilter writes the sheet's index where the
 * filter's name wants an EXTERNSHEET entry; the two agree only by chance (they did not in eva_clean.xls,
 * and LibreOffice then dropped the filter), so the reference is pointed at the sheet's own entry.
 */
final class SheetFilter {
    private SheetFilter() { }

    static void set(Sheet sheet, CellRangeAddress range) {
        sheet.setAutoFilter(range);
        if (!(sheet.getWorkbook() instanceof HSSFWorkbook workbook)) return;
        int index = workbook.getSheetIndex(sheet);
        InternalWorkbook globals = workbook.getInternalWorkbook();
        NameRecord name = globals.getSpecificBuiltinRecord(NameRecord.BUILTIN_FILTER_DB, index + 1);
        Ptg[] definition = name.getNameDefinition(); // a parsed copy: changed, then set back
        for (Ptg ptg : definition) {
            if (ptg instanceof Area3DPtg area) area.setExternSheetIndex(globals.checkExternSheet(index));
        }
        name.setNameDefinition(definition);
    }
}
