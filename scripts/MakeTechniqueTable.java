import java.io.FileOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes rules/techniques/techniques_by_block.drl.xlsx, the decision table for which intensity
 * techniques a block type rules out. Kept so the table can be rebuilt from scratch; coaches edit
 * the .xlsx itself. Run: java -cp target/program-audit.jar scripts/MakeTechniqueTable.java OUT
 */
public class MakeTechniqueTable {
    public static void main(String[] args) throws Exception {
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Techniques by block");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            row(sheet, 0, bold, "", "RuleSet", "techniques");
            row(sheet, 1, bold, "", "Import", "com.programaudit.model.*, com.programaudit.engine.Draft, com.programaudit.fix.Fixes, java.util.List");
            row(sheet, 2, null, "", "Notes", "Which intensity techniques a block type rules out. One row per rule; edit or add rows from row 10 on; keep rows 5-9 as they are (they tell Drools how to read the rows). "
                    + "Block type: POWER, HYPERTROPHY or METABOLIC. Sets: beyondFailure (any technique), dropSet, partnerTechnique. "
                    + "Severity: error, warning or info. Sources: keys from rules/sources.csv.");
            row(sheet, 4, bold, "", "RuleTable Techniques ruled out by block type");
            row(sheet, 5, bold, "", "DESCRIPTION", "METADATA", "METADATA", "METADATA", "METADATA", "METADATA",
                    "CONDITION", "CONDITION", "ACTION", "ACTION");
            row(sheet, 6, null, "", "", "", "", "", "", "", "", "", "", "");
            row(sheet, 7, null, "", "", "id($param)", "severity($param)", "scope($param)", "sources(\"$param\")",
                    "description(\"$param\")",
                    "$e : ExerciseEntry(blockType == BlockType.$param, deloadWeek == false)",
                    "$sets : List(size > 0) from collect( PlannedSet(entry == $e, working, $param) )",
                    "String message = $e.getName() + \" $param\";",
                    "insert(Draft.exercise(kcontext, $e).atSets($sets).says(message).fix(Fixes.straightSets($sets, \"$param\")));");
            row(sheet, 8, bold, "", "Comment", "Rule ID", "Severity", "Scope", "Sources", "Description",
                    "Block type", "Sets", "Message (after the exercise name)", "Fix");
            row(sheet, 9, wrap, "", "", "BEYOND_FAILURE_IN_METABOLIC_BLOCK", "warning", "exercise",
                    "blocks", "A beyond-failure technique in a metabolic block, where short rests already build fatigue.",
                    "METABOLIC", "beyondFailure",
                    "uses a beyond-failure technique in a metabolic block; there it adds oxidative stress more than stimulus.",
                    "Use straight sets with short rests or a superset instead of the technique.");
            row(sheet, 10, wrap, "", "", "DROP_SET_IN_POWER_BLOCK", "warning", "exercise",
                    "blocks", "A drop set in a power block: failure belongs on the peak set only; backing the weight off after it weakens the stimulus.",
                    "POWER", "dropSet",
                    "has a drop set in a power block; after the peak set, lighter volume adds fatigue but little strength stimulus.",
                    "Remove the drop set; if failure is wanted, keep it on the peak set.");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 10));
            for (int c = 1; c <= 10; c++) sheet.setColumnWidth(c, c >= 5 ? 40 * 256 : 22 * 256);
            try (FileOutputStream out = new FileOutputStream(args[0])) {
                wb.write(out);
            }
        }
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i].isEmpty()) continue;
            Cell cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) cell.setCellStyle(style);
        }
    }
}
