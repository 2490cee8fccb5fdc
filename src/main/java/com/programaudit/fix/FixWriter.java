package com.programaudit.fix;

import com.programaudit.audit.AuditReport;
import com.programaudit.importer.grid.SpreadsheetFormat;
import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.workbook.CellValues;
import com.programaudit.workbook.OwnOutputs;
import com.programaudit.workbook.WorkbookCopy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Writes the fixed copy of a coach's input: every cell edit of the findings applied to a copy made from
 * the input's bytes (the input itself is never written). Only the cell's value changes; its style stays.
 * An edit is applied only while the cell still holds the text the finding saw. A workbook stays a
 * workbook of the same kind; a CSV stays CSV (see {@link CsvFixer}).
 */
public final class FixWriter {
    /** The fixed copy's bytes, its extension, and what happened to every proposed edit. */
    public record Result(byte[] bytes, String extension, List<EditResult> edits) {
        public long appliedCount() { return edits.stream().filter(EditResult::applied).count(); }
    }

    private FixWriter() { }

    /** The fixed copy for one report (web download); findings of other programs in the file are not applied. */
    public static Result write(AuditReport report, byte[] input) throws IOException {
        return write(report.file(), input, report.findings());
    }

    /** The fixed copy of an input with the edits of {@code findings} (all programs of the file, for a batch). */
    public static Result write(String fileName, byte[] input, List<Finding> findings) throws IOException {
        EditPlan plan = EditPlan.of(findings);
        if (SpreadsheetFormat.sniff(input) == SpreadsheetFormat.CSV) return CsvFixer.write(input, plan);
        try (WorkbookCopy copy = WorkbookCopy.open(fileName, input)) {
            List<EditResult> results = new ArrayList<>();
            boolean changed = false;
            for (EditPlan.CellDecision decision : plan.decisions()) {
                String problem = apply(copy, decision.edit());
                results.addAll(decision.outcome(problem == null, problem));
                changed |= problem == null;
            }
            // formulas that read an edited cell are recomputed when Excel opens the copy
            if (changed) copy.workbook().setForceFormulaRecalculation(true);
            return new Result(copy.toBytes(OwnOutputs.FIXED), copy.extension(), results);
        }
    }

    /** The name of the fixed copy: {@code plan.xlsx} gives {@code plan.fixed.xlsx}. */
    public static String fileName(String inputFileName, String extension) {
        return OwnOutputs.fixedName(inputFileName, extension);
    }

    /** @return null when applied, else why not */
    private static String apply(WorkbookCopy copy, CellEdit edit) {
        Optional<String> now = copy.textAt(edit.sheet(), edit.cell());
        if (now.isEmpty()) return "the workbook has no sheet '" + edit.sheet() + "' or no cell " + edit.cell();
        if (!now.get().equals(edit.from().strip())) {
            return "the cell holds '" + now.get() + "', not '" + edit.from() + "' as when audited";
        }
        Cell cell = copy.cell(edit.sheet(), edit.cell()).orElseThrow();
        if (cell.getCellType() == CellType.FORMULA) return "the cell holds a formula; change it by hand";
        CellValues.set(cell, edit.to());
        return null;
    }
}
