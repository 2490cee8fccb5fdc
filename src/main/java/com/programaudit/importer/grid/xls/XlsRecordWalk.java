package com.programaudit.importer.grid.xls;

import com.programaudit.importer.ReadDeadline;
import com.programaudit.importer.grid.CellText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.record.ArrayRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.ColumnInfoRecord;
import org.apache.poi.hssf.record.DConRefRecord;
import org.apache.poi.hssf.record.DVALRecord;
import org.apache.poi.hssf.record.DrawingRecord;
import org.apache.poi.hssf.record.DrawingSelectionRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.ExternSheetRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.GutsRecord;
import org.apache.poi.hssf.record.HyperlinkRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MergeCellsRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.NameRecord;
import org.apache.poi.hssf.record.NoteRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.ObjRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.RowRecord;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.SharedFormulaRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.hssf.record.SupBookRecord;
import org.apache.poi.hssf.record.TableRecord;
import org.apache.poi.hssf.record.TextObjectRecord;
import org.apache.poi.hssf.record.UnknownRecord;
import org.apache.poi.hssf.record.UserSViewBegin;
import org.apache.poi.hssf.record.WindowOneRecord;
import org.apache.poi.hssf.record.WindowTwoRecord;
import org.apache.poi.hssf.record.aggregates.PageSettingsBlock;
import org.apache.poi.hssf.record.pivottable.ViewDefinitionRecord;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;

/**
 * Walks the records of an .xls workbook stream once (POI's event API: the same records, decrypted and with
 * RK numbers unpacked, that its user model is built from) and keeps each worksheet's cell texts. It reads a
 * file only where it knows it reads it as the user model does: a workbook with cell comments, a chart or
 * macro sheet, or records in an order the user model refuses gives {@code null}, and the caller loads the
 * file whole instead. Row-block rules follow POI's InternalSheet and RowBlocksReader.
 */
final class XlsRecordWalk {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(XlsRecordWalk.class);
    /** A worksheet's name and visibility, and its cells. */
    record Sheet(String name, boolean hidden, XlsSheet cells) { }

    private final CellText text;
    private final ReadDeadline deadline;
    private final XlsFormats formats = new XlsFormats();
    private final List<BoundSheetRecord> bound = new ArrayList<>();
    private final List<XlsSheet> sheets = new ArrayList<>();
    private SSTRecord strings;

    // the worksheet being read
    private XlsSheet sheet;
    private int depth;
    private RowBlock block = RowBlock.NOT_YET;
    private boolean windowTwo;
    private FormulaRecord lastFormula;
    private Record previous;
    private final Set<Long> sharedFormulaCells = new HashSet<>();
    private final List<FormulaRecord> sharedFormulas = new ArrayList<>();
    /** Why the user model should read the file instead; null while this walk can. */
    private String unsupported;

    private enum RowBlock { NOT_YET, OPEN, ENDED }

    private XlsRecordWalk(CellText text, ReadDeadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    /** The worksheets, in order, or null when the user model should read the file. */
    static List<Sheet> read(InputStream workbookStream, CellText text, ReadDeadline deadline) throws IOException {
        return new XlsRecordWalk(text, deadline).walk(new RecordFactoryInputStream(workbookStream, true));
    }

    private List<Sheet> walk(RecordFactoryInputStream records) {
        boolean globals = true;
        for (Record record = records.nextRecord(); record != null && unsupported == null; record = records.nextRecord()) {
            deadline.tick();
            if (globals) {
                globals = global(record);
            } else {
                inSheets(record);
            }
        }
        if (unsupported == null && (sheet != null || bound.size() != sheets.size())) unsupported = "sheets and their records do not pair up";
        if (unsupported != null) {
            LOG.debug("left to POI's user model: {}", unsupported);
            return null;
        }
        List<Sheet> read = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            BoundSheetRecord b = bound.get(i);
            read.add(new Sheet(b.getSheetname(), b.isHidden() || b.isVeryHidden(), sheets.get(i)));
        }
        return read;
    }

    /** A record of the workbook globals; false after their end. */
    private boolean global(Record record) {
        if (record instanceof BoundSheetRecord b) bound.add(b);
        else if (record instanceof SSTRecord s) strings = s;
        else if (record instanceof FormatRecord f) formats.add(f);
        else if (record instanceof ExtendedFormatRecord x) {
            // the user model finds a style by counting back from the last one: they must be together
            if (formats.styleCount() > 0 && !(previous instanceof ExtendedFormatRecord)) unsupported = "styles apart";
            formats.add(x);
        }
        previous = record;
        return !(record instanceof EOFRecord);
    }

    private void inSheets(Record record) {
        if (sheet == null) {
            // a sheet's substream; a chart, macro or module sheet is left to the user model
            if (!(record instanceof BOFRecord bof) || bof.getType() != BOFRecord.TYPE_WORKSHEET) {
                unsupported = "a substream that is not a worksheet: " + record.getClass().getSimpleName();
                return;
            }
            sheet = new XlsSheet();
            depth = 1;
            block = RowBlock.NOT_YET;
            windowTwo = false;
            lastFormula = null;
            previous = record;
            sharedFormulaCells.clear();
            sharedFormulas.clear();
            return;
        }
        if (depth > 1) {
            // an embedded chart's substream: none of it is cells (the user model reads one level only)
            if (record instanceof BOFRecord) unsupported = "a substream within a chart";
            else if (record instanceof EOFRecord) depth--;
            return;
        }
        int sid = record.getSid();
        if (globalOnly(sid)) {
            unsupported = "a workbook record in a sheet: " + record.getClass().getSimpleName(); // the user model reads it as the workbook's
            return;
        }
        if (sid == UserSViewBegin.sid) {
            unsupported = "a custom view"; // the user model reads its records apart from the sheet's
            return;
        }
        if (record instanceof WindowTwoRecord) windowTwo = true;
        if (block == RowBlock.OPEN && endsRowBlock(sid)) block = RowBlock.ENDED;
        if (record instanceof EOFRecord) {
            if (block == RowBlock.OPEN || !windowTwo) unsupported = "a sheet without WINDOW2"; // the user model refuses it
            endSheet();
            return;
        }
        if (block == RowBlock.OPEN) {
            inRowBlock(record);
        } else if (isRowBlockRecord(sid)) {
            if (block == RowBlock.ENDED) {
                unsupported = "the user model refuses a second run of cells";
                return;
            }
            block = RowBlock.OPEN;
            inRowBlock(record);
        } else if (record instanceof BOFRecord) {
            depth++;
        } else if (record instanceof MergeCellsRecord m) {
            merged(m);
        } else if (record instanceof NoteRecord) {
            unsupported = "a cell comment: the user model reads them from the drawing records";
        }
        previous = record;
    }

    /** A record between a sheet's first row or cell record and the end of its row block. */
    private void inRowBlock(Record record) {
        int sid = record.getSid();
        if (record instanceof MergeCellsRecord m) {
            merged(m);
        } else if (record instanceof SharedFormulaRecord) {
            if (!(previous instanceof FormulaRecord f)) {
                unsupported = "a shared formula not after a formula";
                return;
            }
            sharedFormulaCells.add(key(f.getRow(), f.getColumn()));
        } else if (record instanceof ArrayRecord || record instanceof TableRecord) {
            // formula ranges: the cached values are on the formula records
        } else if (record instanceof StringRecord s) {
            if (lastFormula == null) {
                unsupported = "a string not after a formula: the user model refuses it";
                return;
            }
            formula(lastFormula, s);
            lastFormula = null;
            previous = record;
            return;
        } else {
            // the cell before it was a formula with no cached string
            if (lastFormula != null) formula(lastFormula, null);
            lastFormula = null;
            if (record instanceof RowRecord row) {
                if (row.getLastCol() < 0) {
                    unsupported = "a row record with a negative column count"; // the user model refuses it
                    return;
                }
                sheet.row(row.getRowNumber());
            } else if (record instanceof FormulaRecord f) {
                lastFormula = f;
            } else if (record instanceof MulBlankRecord blanks) {
                for (int j = 0; j < blanks.getNumColumns(); j++) cell(blanks.getRow(), blanks.getFirstColumn() + j, "");
            } else if (record instanceof CellValueRecordInterface cell) {
                cell(cell.getRow(), cell.getColumn(), text(record));
            } else if (!(record instanceof UnknownRecord || sid == DConRefRecord.sid || sid == HyperlinkRecord.sid)) {
                unsupported = "a " + record.getClass().getSimpleName() + " among the cells";
                return;
            }
        }
        previous = record;
    }

    private void endSheet() {
        if (lastFormula != null) formula(lastFormula, null);
        lastFormula = null;
        // a shared formula points at the group's first cell, which must carry the group's record
        for (FormulaRecord f : sharedFormulas) {
            CellReference first = f.getFormula().getExpReference();
            if (first != null && !sharedFormulaCells.contains(key(first.getRow(), first.getCol()))) unsupported = "a shared formula without its group";
        }
        sheets.add(sheet);
        sheet = null;
    }

    private void formula(FormulaRecord formula, StringRecord cached) {
        if (formula.hasCachedResultString() && cached == null) {
            unsupported = "a formula's cached string missing";
            return;
        }
        if (formula.isSharedFormula()) sharedFormulas.add(formula);
        String shown = switch (formula.getCachedResultTypeEnum()) {
            case NUMERIC -> number(formula.getValue(), formula.getXFIndex());
            case STRING -> formula.hasCachedResultString() ? cached.getString() : "";
            case BOOLEAN -> String.valueOf(formula.getCachedBooleanValue());
            default -> "";
        };
        cell(formula.getRow(), formula.getColumn(), shown);
    }

    /** A cell; past column 32766 the user model's row width wraps round, so that file is left to it. */
    private void cell(int row, int column, String shown) {
        if (column >= Short.MAX_VALUE) {
            unsupported = "a cell past column 32766";
            return;
        }
        sheet.cell(row, column, shown);
    }

    /** A plain cell's text, as DataFormatter gives it for a user-model cell of the record. */
    private String text(Record record) {
        if (record instanceof NumberRecord n) return number(n.getValue(), n.getXFIndex());
        if (record instanceof LabelSSTRecord l) return strings.getString(l.getSSTIndex()).getString();
        if (record instanceof LabelRecord l) return l.getValue();
        if (record instanceof BoolErrRecord b) {
            return b.isBoolean() ? (b.getBooleanValue() ? "TRUE" : "FALSE") : FormulaError.forInt(b.getErrorValue()).getString();
        }
        if (record instanceof BlankRecord) return "";
        throw new IllegalStateException("not a cell: " + record.getClass().getSimpleName());
    }

    private String number(double value, short style) {
        short format = formats.formatIndex(style);
        return text.number(value, format, formats.pattern(format));
    }

    private void merged(MergeCellsRecord m) {
        for (int i = 0; i < m.getNumAreas(); i++) sheet.merged(m.getAreaAt(i));
    }

    private static long key(int row, int column) { return ((long) row << 16) | column; }

    /**
     * Records InternalWorkbook.createWorkbook takes for the workbook's wherever they are (styles, formats,
     * sheet names, strings, names and links): in a sheet they would change what the user model reads.
     */
    private static boolean globalOnly(int sid) {
        return switch (sid) {
            case BoundSheetRecord.sid, SSTRecord.sid, ExtendedFormatRecord.sid, FormatRecord.sid,
                 ExternSheetRecord.sid, NameRecord.sid, SupBookRecord.sid -> true;
            default -> false;
        };
    }

    /** RecordOrderer.isRowBlockRecord: the records of a sheet's row block. */
    private static boolean isRowBlockRecord(int sid) {
        return switch (sid) {
            case RowRecord.sid, BlankRecord.sid, BoolErrRecord.sid, FormulaRecord.sid, LabelRecord.sid,
                 LabelSSTRecord.sid, NumberRecord.sid, 0x027E /* RK */, ArrayRecord.sid, SharedFormulaRecord.sid,
                 TableRecord.sid -> true;
            default -> false;
        };
    }

    /** RecordOrderer.isEndOfRowBlock, but for EOF (handled by the caller): the records that end a row block. */
    private static boolean endsRowBlock(int sid) {
        return switch (sid) {
            case ViewDefinitionRecord.sid, DrawingRecord.sid, DrawingSelectionRecord.sid, ObjRecord.sid,
                 TextObjectRecord.sid, ColumnInfoRecord.sid, GutsRecord.sid, WindowOneRecord.sid,
                 WindowTwoRecord.sid, DVALRecord.sid -> true;
            default -> PageSettingsBlock.isComponentRecord(sid);
        };
    }
}
