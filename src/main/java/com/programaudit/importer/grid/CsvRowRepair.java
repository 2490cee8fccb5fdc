package com.programaudit.importer.grid;

import com.programaudit.importer.words.Column;
import com.programaudit.importer.words.HeaderWords;
import java.util.List;

/**
 * Apps that write CSV without quoting (FitNotes) split a name holding a comma,
 * "Overhead Press (Each Side, Dumbbells)", over two fields: the row is one field longer than its
 * header and every later value sits one column to the right. Such rows get the two halves of the
 * name joined again, so the load is not read as the category and the unit as the reps.
 */
final class CsvRowRepair {
    private static final int HEADER_SCAN = 20;

    private CsvRowRepair() { }

    /** Repairs the rows in place; returns how many were repaired. */
    static int repair(List<List<String>> rows) {
        for (int h = 0; h < Math.min(rows.size(), HEADER_SCAN); h++) {
            int name = nameColumn(rows.get(h));
            if (name < 0) continue;
            int width = rows.get(h).size();
            int repaired = 0;
            for (int r = h + 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.size() != width + 1 || name + 1 >= width) continue;
                row.set(name, row.get(name) + "," + row.get(name + 1));
                row.remove(name + 1);
                repaired++;
            }
            return repaired;
        }
        return 0;
    }

    /** The exercise column of a header row (a row naming an exercise and at least two other columns). */
    private static int nameColumn(List<String> row) {
        int name = -1;
        int named = 0;
        for (int c = 0; c < row.size(); c++) {
            var column = HeaderWords.columnOf(row.get(c).strip());
            if (column.isEmpty()) continue;
            named++;
            if (column.get() == Column.EXERCISE && name < 0) name = c;
        }
        return named >= 3 ? name : -1;
    }
}
