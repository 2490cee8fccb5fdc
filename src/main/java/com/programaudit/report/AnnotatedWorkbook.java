package com.programaudit.report;

import com.programaudit.audit.AuditReport;
import com.programaudit.model.CellEdit;
import com.programaudit.model.Finding;
import com.programaudit.model.Location;
import com.programaudit.model.Severity;
import com.programaudit.workbook.CellValues;
import com.programaudit.workbook.OwnOutputs;
import com.programaudit.workbook.WorkbookCopy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The coach's own workbook with the audit written into a copy of it: each finding as a comment on the
 * cell it names, that cell filled by severity (its other formatting kept by cloning its style), and an
 * {@code Audit} sheet listing every finding with a link to its cell. Values, formulas and the other
 * sheets are left as they are. A CSV input gives a new .xlsx holding the CSV grid.
 */
public final class AnnotatedWorkbook {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AnnotatedWorkbook.class);
    static final String AUTHOR = "program-audit";
    private static final String[] HEADERS = {"Severity", "Rule", "Cell", "Week", "Day", "Session", "Exercise", "Set",
            "Muscle", "Block", "Message", "Fix", "Edits", "Sources"};
    private static final int[] WIDTHS = {10, 30, 16, 6, 5, 18, 22, 5, 12, 16, 70, 60, 40, 60};

    private AnnotatedWorkbook() { }

    /** The annotated copy's bytes and the extension to save it with (xlsx, xlsm or xls). */
    public record Result(byte[] bytes, String extension) { }

    /** The annotated copy of {@code input}, the bytes the report was audited from. */
    public static Result write(AuditReport report, byte[] input) throws IOException {
        if (!report.readable()) throw new IllegalArgumentException(report.file() + " could not be read; there is nothing to annotate");
        try (WorkbookCopy copy = WorkbookCopy.open(report.file(), input)) {
            // weekly volume goes to one table on the Audit sheet, not a comment per muscle and week
            new Annotator(copy).annotate(VolumeTable.listed(report.findings()), report.suppressed(),
                    VolumeTable.of(report).orElse(null));
            return new Result(copy.toBytes(OwnOutputs.ANNOTATED), copy.extension());
        }
    }

    /** {@code plan.audit.xlsx} for the report named {@code plan}. */
    public static String fileName(AuditReport report, String extension) {
        return OwnOutputs.annotatedName(report.name(), extension);
    }

    static short fillColour(Severity severity) {
        return switch (severity) {
            case ERROR -> IndexedColors.ROSE.getIndex();
            case WARNING -> IndexedColors.LIGHT_YELLOW.getIndex();
            case INFO -> IndexedColors.PALE_BLUE.getIndex();
        };
    }

    /** One workbook's annotation; styles are cloned once per original style and severity. */
    private static final class Annotator {
        private final WorkbookCopy copy;
        private final Workbook workbook;
        private final CreationHelper helper;
        private final Map<String, CellStyle> filled = new HashMap<>();
        private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();
        private CellStyle header;
        private CellStyle wrap;

        Annotator(WorkbookCopy copy) {
            this.copy = copy;
            this.workbook = copy.workbook();
            this.helper = workbook.getCreationHelper();
        }

        void annotate(List<Finding> findings, List<com.programaudit.audit.Accepted> accepted, VolumeTable volume) {
            Map<Cell, List<Finding>> byCell = new LinkedHashMap<>();
            Map<Finding, Cell> cellOf = new HashMap<>();
            for (Finding f : findings) {
                Optional<Cell> cell = copy.cell(f.getLocation().getSheet(), f.getLocation().getCell());
                cell.ifPresent(c -> {
                    byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
                    cellOf.put(f, c);
                });
            }
            byCell.forEach(this::fill);
            Sheet audit = workbook.createSheet(auditSheetName());
            list(audit, findings, cellOf);
            int next = findings.size() + 2;
            if (!accepted.isEmpty()) next = accepted(audit, next, accepted);
            if (volume != null) volume(audit, next, volume);
            // comments last: on .xls, POI's first drawing on a sheet shifts where new cell styles go
            byCell.forEach(this::comment);
        }

        /** "Audit", or "Audit (2)" … when the coach already has a sheet of that name. */
        private String auditSheetName() {
            String name = "Audit";
            for (int n = 2; workbook.getSheet(name) != null; n++) name = "Audit (" + n + ")";
            return name;
        }

        /** The cell's fill shows its most severe finding. */
        private void fill(Cell cell, List<Finding> findings) {
            Severity worst = findings.stream().map(Finding::getSeverity).min(Enum::compareTo).orElseThrow();
            cell.setCellStyle(filledStyle(cell.getCellStyle(), worst));
        }

        /** One comment holds every finding on the cell, after the coach's own note if it had one. */
        private void comment(Cell cell, List<Finding> findings) {
            List<String> parts = new ArrayList<>();
            Comment existing = cell.getCellComment();
            if (existing != null) {
                // the coach's own note stays first in the one comment a cell can have
                if (existing.getString() != null) parts.add(existing.getString().getString());
                cell.removeCellComment();
            }
            for (Finding f : findings) {
                parts.add(f.getSeverity().label().toUpperCase(Locale.ROOT) + " " + f.getRule() + "\n" + f.getMessage()
                        + (f.getFix().getDescription().isEmpty() ? "" : "\nFix: " + f.getFix().getDescription()));
            }
            String text = String.join("\n\n", parts);
            Drawing<?> drawing = drawings.computeIfAbsent(cell.getSheet(), AnnotatedWorkbook::drawingOf);
            Comment comment = boxBeside(drawing, cell, text.length());
            if (comment == null) return; // the Audit sheet still lists the findings of this cell
            comment.setString(helper.createRichTextString(CellValues.fit(text)));
            comment.setAuthor(AUTHOR);
            cell.setCellComment(comment);
        }

        /**
         * A new comment whose box sits beside the cell, inside the grid. An .xlsx comment is born at the
         * box's top-left cell and refused there when that cell has a comment already (the coach's note on
         * the next cell, or a finding's): the box then starts further right, or on the cell itself.
         */
        private Comment boxBeside(Drawing<?> drawing, Cell cell, int textLength) {
            int lastColumn = workbook.getSpreadsheetVersion().getLastColumnIndex();
            int lastRow = workbook.getSpreadsheetVersion().getLastRowIndex();
            int column = cell.getColumnIndex();
            for (int start : new int[] {column + 1, column + 2, column + 3, column}) {
                if (start > lastColumn) continue;
                if (start != column && cell.getSheet().getCellComment(new CellAddress(cell.getRowIndex(), start)) != null) continue;
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(start);
                anchor.setCol2(Math.min(start + 5, lastColumn));
                anchor.setRow1(cell.getRowIndex());
                anchor.setRow2(Math.min(cell.getRowIndex() + Math.min(24, 3 + textLength / 40), lastRow));
                try {
                    return drawing.createCellComment(anchor);
                } catch (IllegalArgumentException taken) {
                    LOG.debug("No comment box at column {} of row {}", start, cell.getRowIndex(), taken);
                }
            }
            return null;
        }

        private CellStyle filledStyle(CellStyle original, Severity severity) {
            return filled.computeIfAbsent(original.getIndex() + "/" + severity, k -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(original);
                style.setFillForegroundColor(fillColour(severity));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
        }

        private void list(Sheet audit, List<Finding> findings, Map<Finding, Cell> cellOf) {
            CellStyle header = headerStyle();
            CellStyle wrap = wrapStyle();
            Font linkFont = workbook.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            CellStyle link = workbook.createCellStyle();
            link.setFont(linkFont);
            link.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            Map<Severity, CellStyle> severityStyles = new HashMap<>();
            for (Severity s : Severity.values()) {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(wrap);
                style.setFillForegroundColor(fillColour(s));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                severityStyles.put(s, style);
            }
            Row head = audit.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(HEADERS[c]);
                cell.setCellStyle(header);
                audit.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (Finding f : findings) {
                Location l = f.getLocation();
                Row row = audit.createRow(r++);
                text(row, 0, f.getSeverity().label(), severityStyles.get(f.getSeverity()));
                text(row, 1, f.getRule(), wrap);
                Cell target = cellOf.get(f);
                if (target != null) {
                    String sheetName = target.getSheet().getSheetName();
                    Cell where = text(row, 2, sheetName + "!" + l.getCell(), link);
                    Hyperlink hyperlink = helper.createHyperlink(HyperlinkType.DOCUMENT);
                    hyperlink.setAddress("'" + sheetName.replace("'", "''") + "'!" + l.getCell());
                    where.setHyperlink(hyperlink);
                } else if (l.getCell() != null) {
                    text(row, 2, FindingGroups.cell(l), wrap);
                }
                place(row, f, wrap);
                text(row, 11, f.getFix().getDescription(), wrap);
                List<String> edits = new ArrayList<>();
                for (CellEdit e : f.getFix().getEdits()) {
                    edits.add(e.sheet() + "!" + e.cell() + ": '" + e.from() + "' → '" + e.to() + "'");
                }
                text(row, 12, String.join("\n", edits), wrap);
                text(row, 13, String.join("\n", f.getSources()), wrap);
            }
            audit.createFreezePane(0, 1);
            if (!findings.isEmpty()) copy.autoFilter(audit, new CellRangeAddress(0, findings.size(), 0, HEADERS.length - 1));
        }

        /** Below the findings: muscles down, weeks across, cells outside the band filled (yellow below, rose above). */
        private void volume(Sheet audit, int firstRow, VolumeTable table) {
            CellStyle header = headerStyle();
            CellStyle plain = workbook.createCellStyle();
            Map<VolumeTable.Mark, CellStyle> marks = new HashMap<>();
            marks.put(VolumeTable.Mark.BELOW, filledStyle(plain, Severity.WARNING));
            marks.put(VolumeTable.Mark.ABOVE, filledStyle(plain, Severity.ERROR));
            int r = firstRow;
            text(audit.createRow(r++), 0, VolumeTable.title(), header);
            text(audit.createRow(r++), 0, table.legend("filled:"), plain);
            // an .xls sheet has 256 columns: a longer program shows its first 255 weeks
            int weeks = Math.min(table.weekHeadings().size(), workbook.getSpreadsheetVersion().getLastColumnIndex());
            Row head = audit.createRow(r++);
            text(head, 0, "Muscle", header);
            for (int w = 0; w < weeks; w++) text(head, w + 1, "W" + table.weekHeadings().get(w), header);
            for (VolumeTable.Row muscle : table.rows()) {
                Row row = audit.createRow(r++);
                text(row, 0, muscle.muscle(), header);
                for (int w = 0; w < weeks; w++) {
                    VolumeTable.Cell c = muscle.cells().get(w);
                    Cell cell = row.createCell(w + 1);
                    if (c.sets() != null) cell.setCellValue(c.sets());
                    else cell.setCellValue(c.text());
                    cell.setCellStyle(marks.getOrDefault(c.mark(), plain));
                }
            }
        }

        /**
         * Below the findings (and outside their filter): what was accepted, by whom and why; not coloured,
         * not counted. Returns the next free row after a blank one.
         */
        private int accepted(Sheet audit, int firstRow, List<com.programaudit.audit.Accepted> accepted) {
            CellStyle header = headerStyle();
            CellStyle wrap = wrapStyle();
            text(audit.createRow(firstRow), 0, AcceptedText.HEADING + " (not counted)", header);
            int r = firstRow + 1;
            for (com.programaudit.audit.Accepted a : accepted) {
                Finding f = a.finding();
                Location l = f.getLocation();
                Row row = audit.createRow(r++);
                text(row, 0, f.getSeverity().label(), wrap);
                text(row, 1, f.getRule(), wrap);
                text(row, 2, l.getCell() == null ? null : FindingGroups.cell(l), wrap);
                place(row, f, wrap);
                text(row, 11, AcceptedText.why(a), wrap);
            }
            return r + 1;
        }

        /** Where a finding is and what it says: the Audit sheet's columns Week … Message. */
        private static void place(Row row, Finding f, CellStyle wrap) {
            Location l = f.getLocation();
            number(row, 3, l.getWeek(), wrap);
            number(row, 4, l.getDay(), wrap);
            text(row, 5, l.getDayLabel(), wrap);
            text(row, 6, l.getExercise(), wrap);
            number(row, 7, l.getSet(), wrap);
            text(row, 8, l.getMuscle(), wrap);
            text(row, 9, l.getBlock(), wrap);
            text(row, 10, f.getMessage(), wrap);
        }

        /** Bold headings, made once per workbook (a workbook holds a limited number of styles). */
        private CellStyle headerStyle() {
            if (header == null) {
                Font bold = workbook.createFont();
                bold.setBold(true);
                header = workbook.createCellStyle();
                header.setFont(bold);
            }
            return header;
        }

        private CellStyle wrapStyle() {
            if (wrap == null) {
                wrap = workbook.createCellStyle();
                wrap.setWrapText(true);
                wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            }
            return wrap;
        }

        private static Cell text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            if (value != null && !value.isEmpty()) cell.setCellValue(CellValues.fit(value));
            cell.setCellStyle(style);
            return cell;
        }

        private static void number(Row row, int column, Integer value, CellStyle style) {
            Cell cell = row.createCell(column);
            if (value != null) cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /**
     * The sheet's existing drawing, or a new one. For .xls, createDrawingPatriarch() would drop the
     * sheet's existing shapes, so an existing patriarch is reused.
     */
    private static Drawing<?> drawingOf(Sheet sheet) {
        Drawing<?> existing = sheet.getDrawingPatriarch();
        return existing != null ? existing : sheet.createDrawingPatriarch();
    }
}
