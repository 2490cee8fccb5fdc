import java.io.FileOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.*;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbook cases of src/test/resources/accept/inline/: a sheet with no notes column whose
 * audit-ignore marker is a cell comment, as .xlsx (comments part) and .xls (note records).
 * Run: java -cp target/program-audit.jar scripts/MakeAcceptFixtures.java src/test/resources/accept/inline
 */
public class MakeAcceptFixtures {
    public static void main(String[] args) throws Exception {
        write(new XSSFWorkbook(), args[0] + "/comment-marker-accepts-its-row.xlsx");
        write(new HSSFWorkbook(), args[0] + "/comment-marker-accepts-its-row-xls.xls");
    }

    private static void write(Workbook wb, String path) throws Exception {
        try (wb) {
            Sheet sheet = wb.createSheet("Week 1");
            row(sheet, 0, "Day", "Exercise", "Sets", "Reps", "Load", "RIR");
            row(sheet, 1, "Day 1", "Back Squat", "3", "5", "100 kg", "0");
            row(sheet, 2, "Day 1", "Bench Press", "3", "5", "80 kg", "0");
            row(sheet, 3, "Day 1", "Lying Leg Curl", "3", "12", "40 kg", "1");
            comment(sheet, 1, 1, "Head coach:\naudit-ignore: peaking block, approved by the head coach");
            comment(sheet, 2, 1, "Keep the elbows tucked; to failure is fine here");
            try (FileOutputStream out = new FileOutputStream(path)) {
                wb.write(out);
            }
        }
    }

    private static void row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c].matches("\\d+")) row.createCell(c).setCellValue(Integer.parseInt(values[c]));
            else row.createCell(c).setCellValue(values[c]);
        }
    }

    private static void comment(Sheet sheet, int r, int c, String text) {
        CreationHelper factory = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(c + 1);
        anchor.setCol2(c + 4);
        anchor.setRow1(r);
        anchor.setRow2(r + 3);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor("Coach");
        sheet.getRow(r).getCell(c).setCellComment(comment);
    }
}
