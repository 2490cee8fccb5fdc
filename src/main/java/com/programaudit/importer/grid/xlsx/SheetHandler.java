package com.programaudit.importer.grid.xlsx;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.grid.GridBounds;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as it streams by into rows of cell text, giving each cell the text POI's
 * user model gives it (see CellText): shared and inline strings, numbers through their style's
 * format, formulas as their cached value, booleans and errors; and collects the merged regions.
 * Rows and cells are placed by their r attribute (a later duplicate replaces an earlier one, a
 * missing one follows the last), as the user model places them. Reading stops at the import limits.
 */
final class SheetHandler extends DefaultHandler {

    private final String sheet;
    private final GridBounds bounds;
    private final SharedStrings strings;
    private final CellFormats formats;
    private final NumberCells numbers;
    private final long cellsBefore;

    private final List<List<String>> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final List<long[]> columnStyles = new ArrayList<>();
    private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();
    private long cellsInSheet;
    private int lastRow = -1;

    private List<String> row;
    private int rowIndex;
    private int column;
    private String type;
    private String style;
    private boolean formula;
    private boolean hasValue;
    private final StringBuilder value = new StringBuilder();
    private boolean inValue;
    private final RichText inline = new RichText();
    private boolean inInline;
    private boolean hasInline;
    private String inlineText;

    SheetHandler(String sheet, GridBounds bounds, SharedStrings strings, CellFormats formats, NumberCells numbers,
                 long cellsBefore) {
        this.sheet = sheet;
        this.bounds = bounds;
        this.strings = strings;
        this.formats = formats;
        this.numbers = numbers;
        this.cellsBefore = cellsBefore;
    }

    /** The rows read; rows the file skips are empty. */
    List<List<String>> rows() { return rows; }

    /** The last row's number (1-based), also when it lies past the row limit and was not kept. */
    int rowCount() { return lastRow + 1; }

    List<CellRangeAddress> mergedRegions() { return merged; }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (inInline) {
            inline.startElement(localName);
            return;
        }
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> {
                try {
                    startCell(attributes);
                } catch (RuntimeException e) {
                    throw damaged("names a cell Excel does not have ('" + attributes.getValue("r") + "')", null);
                }
            }
            case "v" -> {
                inValue = true;
                hasValue = true;
                value.setLength(0);
            }
            case "f" -> startFormula(attributes);
            case "is" -> {
                inInline = true;
                hasInline = true;
                inline.start();
            }
            case "mergeCell" -> {
                String ref = attributes.getValue("ref");
                if (ref != null) merged.add(CellRangeAddress.valueOf(ref));
            }
            case "col" -> columnStyles.add(new long[] {number(attributes.getValue("min")),
                    number(attributes.getValue("max")), number(attributes.getValue("style"))});
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (inInline) {
            if (localName.equals("is")) {
                inInline = false;
                inlineText = inline.end();
            } else {
                inline.endElement(localName);
            }
            return;
        }
        switch (localName) {
            case "v" -> inValue = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) value.append(ch, start, length);
        else if (inInline) inline.characters(ch, start, length);
    }

    private void startRow(String r) {
        rowIndex = r == null ? lastRow + 1 : Math.toIntExact(Long.parseLong(r.strip()) - 1);
        if (rowIndex < 0) {
            row = null; // row 0 or below: the user model files it where no sheet reads it
            return;
        }
        lastRow = Math.max(lastRow, rowIndex);
        row = rowIndex < bounds.limits().maxRowsPerSheet() ? new ArrayList<>() : null;
    }

    private void endRow() throws SAXException {
        bounds.deadline().tick();
        if (row == null) return;
        while (rows.size() < rowIndex) rows.add(new ArrayList<>(0));
        if (rowIndex < rows.size()) {
            cellsInSheet -= rows.get(rowIndex).size();
            rows.set(rowIndex, row);
        } else {
            rows.add(row);
        }
        cellsInSheet += row.size();
        row = null;
    }

    private void startCell(Attributes attributes) {
        // one pass over the cell's attributes (r, t, s: unprefixed, so in no namespace) rather than a search per name
        String r = null;
        type = null;
        style = null;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String name = attributes.getLocalName(i);
            if (name.length() != 1 || !attributes.getURI(i).isEmpty()) continue;
            switch (name.charAt(0)) {
                case 'r' -> r = r == null ? attributes.getValue(i) : r;
                case 't' -> type = type == null ? attributes.getValue(i) : type;
                case 's' -> style = style == null ? attributes.getValue(i) : style;
                default -> { }
            }
        }
        column = r == null ? (row == null ? 0 : row.size()) : columnOf(r, row != null);
        formula = false;
        hasValue = false;
        hasInline = false;
        inlineText = null;
        value.setLength(0);
    }

    private void startFormula(Attributes attributes) {
        String kind = attributes.getValue("t");
        if ("dataTable".equals(kind)) return; // POI reads a data table's cells as plain values
        formula = true;
        String ref = attributes.getValue("ref");
        if ("array".equals(kind) && ref != null) arrayFormulas.add(CellRangeAddress.valueOf(ref));
    }

    private void endCell() throws SAXException {
        if (row == null) return;
        if (column >= row.size()) {
            long width = column + 1L;
            try {
                bounds.checkCellsSoFar(sheet, cellsBefore + cellsInSheet + width, rowIndex, column);
            } catch (ImportException e) {
                throw new SAXException(e); // unwrapped by XlsxGridReader
            }
            while (row.size() < column) row.add("");
            row.add(cellText());
        } else {
            row.set(column, cellText());
        }
    }

    /** The cell's text; a value its own type cannot hold (a number cell holding "three") names the cell. */
    private String cellText() throws SAXException {
        try {
            return text();
        } catch (RuntimeException e) {
            String ref = org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (rowIndex + 1);
            String seen = value.length() > 40 ? value.substring(0, 40) + "…" : value.toString();
            throw damaged("holds '" + seen + "' in cell " + ref + ", which is not a value of the kind the file says it is", ref);
        }
    }

    /** A sheet the workbook's own rules do not allow, with where: the file was damaged or written by a faulty tool. */
    private SAXException damaged(String what, String cell) {
        return new SAXException(new ImportException("Sheet '" + sheet + "' " + what + ": the workbook is damaged or was"
                + " written by a faulty tool; open it in Excel, save it again and audit the new copy.", sheet, cell));
    }

    /** The cell's text as CellText gives it for the same cell of a loaded workbook. */
    private String text() {
        boolean isFormula = formula || inArrayFormula();
        // a formula whose result the file does not hold (a script wrote it; Excel would calculate it on opening)
        // reads as an empty cell, not as 0: RIR 0 is a set to failure
        if (isFormula && (!hasValue || value.length() == 0)) return "";
        String t = type == null ? "n" : type;
        return switch (t) {
            case "n" -> isFormula || hasValue ? number() : "";
            case "s" -> hasValue ? strings.at(value) : "";
            case "inlineStr" -> hasInline ? inlineText : hasValue ? RichText.decode(value.toString()) : "";
            case "str" -> hasValue ? RichText.decode(value.toString()) : "";
            case "b" -> {
                boolean truth = hasValue && value.length() == 1 && value.charAt(0) == '1';
                yield isFormula ? String.valueOf(truth) : truth ? "TRUE" : "FALSE";
            }
            case "e" -> isFormula ? "" : hasValue ? FormulaError.forInt(FormulaError.forString(value.toString()).getCode())
                    .getString() : FormulaError.forInt(0).getString();
            default -> throw new IllegalStateException("Illegal cell type: " + t);
        };
    }

    private String number() {
        return numbers.text(formats.of(styleIndex()), value.toString());
    }

    /** The cell's own style, else its column's default style, else the workbook's first, as XSSFCell.getCellStyle(). */
    private int styleIndex() {
        if (style != null) {
            long s = Long.parseLong(style.strip());
            if (formats.hasStyle(s)) return (int) s;
        }
        long oneBased = column + 1L;
        for (int i = 0; i < columnStyles.size(); i++) {
            long[] col = columnStyles.get(i);
            if (col[0] <= oneBased && oneBased <= col[1]) return (short) col[2];
        }
        return 0;
    }

    /** Cells of an array formula's range other than its first have no formula of their own. */
    private boolean inArrayFormula() {
        // by index: asked for every cell, and an iterator over the (nearly always empty) list was made for each
        for (int i = 0; i < arrayFormulas.size(); i++) {
            if (arrayFormulas.get(i).isInRange(rowIndex, column)) return true;
        }
        return false;
    }

    /** Excel's columns end at XFD; sheets of other programs at ZZZ at the most. */
    private static final int MOST_COLUMN_LETTERS = 3;

    /** The letters a reference starts with ("AB" of "AB12"). */
    private static int columnLetters(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) i++;
        return i;
    }

    /**
     * The column of a reference like "AB12"; POI's parser for anything less plain. In a row that is kept, a column of
     * more than three letters ("ZZZZZ3") is refused: no sheet has it, and its number wraps around (negative, or another
     * column), so it was placed at a wrong column or failed with no word of where. Columns up to ZZZ are placed as
     * POI's user model places them.
     */
    private static int columnOf(String ref, boolean kept) {
        int column = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') break;
            column = column * 26 + (c - 'A' + 1);
        }
        if (i == 0 || i > MOST_COLUMN_LETTERS || i == ref.length()) return parsedColumn(ref, kept);
        for (int j = i; j < ref.length(); j++) {
            char c = ref.charAt(j);
            if (c < '0' || c > '9') return parsedColumn(ref, kept);
        }
        return column - 1;
    }

    /** The column of a reference that is not plain upper-case letters then digits, by POI's parser. */
    private static int parsedColumn(String ref, boolean kept) {
        if (kept && columnLetters(ref) > MOST_COLUMN_LETTERS) {
            throw new IllegalArgumentException("a column of more than " + MOST_COLUMN_LETTERS + " letters");
        }
        return new CellReference(ref).getCol();
    }

    /** A shared-string index; -1 when the text is not a plain int (POI reads such a cell as ""). */
    static int parseIndex(CharSequence text) {
        if (text.length() == 0 || text.length() > 10) return -1;
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n > Integer.MAX_VALUE ? -1 : (int) n;
    }

    private static long number(String text) {
        return text == null ? 0 : Long.parseLong(text.strip());
    }
}
