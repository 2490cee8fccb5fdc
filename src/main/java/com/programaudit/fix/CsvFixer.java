package com.programaudit.fix;

import com.programaudit.importer.grid.CsvDialect;
import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.CellReference;

/**
 * The fixed copy of a CSV input, written the way the input was: same character set, byte-order mark,
 * separator and line endings. Rows without an edit are copied character for character; an edited row
 * is written again by commons-csv, which quotes a field only when it must (so an edited row may lose
 * quotes the coach had around plain fields, and an empty first field is written as "").
 */
final class CsvFixer {
    private CsvFixer() { }

    static FixWriter.Result write(byte[] input, EditPlan plan) throws IOException {
        CsvDialect dialect = CsvDialect.detect(input);
        String text = dialect.text(input);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), dialect.format())) {
            records = parser.getRecords();
        }
        Map<Integer, List<String>> editedRows = new TreeMap<>();
        List<EditResult> results = new ArrayList<>();
        for (EditPlan.CellDecision decision : plan.decisions()) {
            String problem = apply(records, editedRows, decision.edit());
            results.addAll(decision.outcome(problem == null, problem));
        }
        return new FixWriter.Result(dialect.encode(splice(text, records, editedRows, dialect.format())), "csv", results);
    }

    /** @return null when applied, else why not */
    private static String apply(List<CSVRecord> records, Map<Integer, List<String>> editedRows, CellEdit edit) {
        if (!edit.cell().matches("[A-Za-z]{1,3}[1-9][0-9]{0,6}")) return "'" + edit.cell() + "' is not a cell address";
        CellReference ref = new CellReference(edit.cell());
        if (ref.getRow() >= records.size()) return "the file has no row " + (ref.getRow() + 1);
        List<String> row = new ArrayList<>(editedRows.getOrDefault(ref.getRow(), records.get(ref.getRow()).toList()));
        String now = ref.getCol() < row.size() ? row.get(ref.getCol()).strip() : "";
        if (!now.equals(edit.from().strip())) return "the cell holds '" + now + "', not '" + edit.from() + "' as when audited";
        while (row.size() <= ref.getCol()) row.add("");
        row.set(ref.getCol(), edit.to());
        editedRows.put(ref.getRow(), row);
        return null;
    }

    /** The input text with each edited record replaced, keeping the record's own line ending. */
    private static String splice(String text, List<CSVRecord> records, Map<Integer, List<String>> editedRows,
                                 CSVFormat format) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Map.Entry<Integer, List<String>> edited : editedRows.entrySet()) {
            int index = edited.getKey();
            int start = (int) records.get(index).getCharacterPosition();
            int end = index + 1 < records.size() ? (int) records.get(index + 1).getCharacterPosition() : text.length();
            String original = text.substring(start, end);
            String ending = original.endsWith("\r\n") ? "\r\n" : original.endsWith("\n") || original.endsWith("\r")
                    ? original.substring(original.length() - 1) : "";
            out.append(text, copied, start).append(format.format(edited.getValue().toArray())).append(ending);
            copied = end;
        }
        return out.append(text.substring(copied)).toString();
    }
}
