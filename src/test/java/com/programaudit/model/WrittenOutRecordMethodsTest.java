package com.programaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.Column;
import com.programaudit.importer.layouts.TableHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SetRow and TableHeader write out their equals and hashCode; they must be exactly what a record generates. */
class WrittenOutRecordMethodsTest {
    private record PlainSetRow(Map<Field, SourceCell> cells, int workingSets) { }

    private record PlainHeader(GridSheet sheet, int row, Map<Column, Integer> columns) { }

    @Test
    void setRowsHashAndCompareAsARecordWould() {
        SourceCell reps = new SourceCell(CellRef.of("Plan", 3, 2), "8");
        SourceCell rir = new SourceCell(CellRef.of("Plan", 3, 3), "1");
        List<Map<Field, SourceCell>> cellMaps = List.of(Map.of(), Map.of(Field.REPS, reps), Map.of(Field.REPS, reps, Field.RIR, rir),
                Map.of(Field.RIR, reps));
        List<SetRow> rows = new ArrayList<>();
        List<PlainSetRow> plain = new ArrayList<>();
        for (Map<Field, SourceCell> cells : cellMaps) {
            for (int sets : new int[] {0, 1, 3}) {
                rows.add(new SetRow(cells, sets));
                plain.add(new PlainSetRow(cells, sets)); // any Map: equals and hashCode are the Map contract's
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(plain.get(i).hashCode(), rows.get(i).hashCode());
            for (int j = 0; j < rows.size(); j++) {
                assertEquals(plain.get(i).equals(plain.get(j)), rows.get(i).equals(rows.get(j)), i + " against " + j);
            }
        }
        assertEquals(false, rows.get(0).equals(null));
        assertEquals(false, rows.get(0).equals("row"));
    }

    @Test
    void tableHeadersHashAndCompareAsARecordWould() {
        GridSheet a = new GridSheet("A", List.of(List.of("Exercise", "Reps")));
        GridSheet b = new GridSheet("B", List.of(List.of("Exercise", "Reps")));
        List<TableHeader> headers = new ArrayList<>();
        List<PlainHeader> plain = new ArrayList<>();
        for (GridSheet sheet : List.of(a, b)) {
            for (int row : new int[] {0, 4}) {
                for (Map<Column, Integer> columns : List.of(Map.of(Column.EXERCISE, 0), Map.of(Column.EXERCISE, 0, Column.REPS, 1))) {
                    headers.add(new TableHeader(sheet, row, columns));
                    plain.add(new PlainHeader(sheet, row, columns));
                }
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            assertEquals(plain.get(i).hashCode(), headers.get(i).hashCode());
            for (int j = 0; j < headers.size(); j++) {
                assertEquals(plain.get(i).equals(plain.get(j)), headers.get(i).equals(headers.get(j)), i + " against " + j);
            }
        }
    }
}
