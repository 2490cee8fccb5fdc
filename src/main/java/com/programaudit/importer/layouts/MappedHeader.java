package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;

import com.programaudit.layout.LayoutMapping;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a log table whose headers only a layout mapping file ({@code rules/layouts/}) knows. Cells
 * the mapping does not name are still read with the built-in header words.
 */
public final class MappedHeader {
    private static final int SCAN_ROWS = 60;
    /** A header row names something within its first cells; a row that does not is not looked at further. */
    private static final int MAPPED_WITHIN = 8;

    private MappedHeader() { }

    public static Optional<TableHeader> find(Grid grid, List<LayoutMapping> mappings) {
        List<Keys> keys = Mapped.of(mappings).keys();
        for (int m = 0; m < mappings.size(); m++) {
            LayoutMapping mapping = mappings.get(m);
            Keys mapped = keys.get(m);
            for (GridSheet sheet : grid.sheets()) {
                if (mapping.sheet() != null
                        && !HeaderWords.normalize(sheet.name()).equals(HeaderWords.normalize(mapping.sheet()))) {
                    continue;
                }
                for (int r = 0; r < Math.min(sheet.rowCount(), SCAN_ROWS); r++) {
                    Optional<TableHeader> header = at(sheet, r, mapped);
                    if (header.isPresent()) return header;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TableHeader> at(GridSheet sheet, int r, Keys keys) {
        // most rows name nothing of the mapping: those are passed over before any header word is looked up
        if (!namesAny(sheet, r, keys)) return Optional.empty();
        Map<String, Column> columnOf = keys.columnOf();
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        boolean mapped = false;
        for (int c = 0; c < sheet.width(r); c++) {
            String key = HeaderWords.key(sheet.text(r, c));
            if (key.isEmpty()) continue;
            Column column = columnOf.get(key);
            if (column == null && !mapped && columns.isEmpty() && c > MAPPED_WITHIN) return Optional.empty();
            Column known = HeaderWords.columnOf(sheet.text(r, c)).orElse(null);
            // the mapping matters only where it reads a header the vocabulary does not know (or reads otherwise)
            mapped |= column != null && column != known;
            if (column == null) column = known;
            if (column != null) columns.putIfAbsent(column, c);
        }
        TableHeader header = new TableHeader(sheet, r, columns);
        boolean prescription = columns.keySet().stream().anyMatch(c -> c.field() != null);
        return mapped && header.has(Column.EXERCISE) && prescription && LogTableReader.fits(header)
                ? Optional.of(header) : Optional.empty();
    }

    private static boolean namesAny(GridSheet sheet, int r, Keys mapped) {
        for (int c = 0; c < sheet.width(r); c++) {
            String text = sheet.text(r, c);
            // a number ("8", "12.5") is digits and spaces as a key: only a mapped header of digits could be one
            if (!mapped.numberKeys() && HeaderWords.isNumber(text)) continue;
            String key = HeaderWords.key(text);
            if (!key.isEmpty() && mapped.columnOf().containsKey(key)) return true;
        }
        return false;
    }

    /** One mapping's header keys and their columns, and whether a key is digits alone (almost never). */
    private record Keys(Map<String, Column> columnOf, boolean numberKeys) {
        static Keys of(LayoutMapping mapping) {
            Map<String, Column> columnOf = java.util.Collections.unmodifiableMap(columns(mapping));
            return new Keys(columnOf, columnOf.keySet().stream().anyMatch(HeaderWords::isNumber));
        }
    }

    /**
     * Each mapping's header texts as header keys, made once for a rule book's mappings (the same list for every
     * file of a batch) rather than normalized again for each file.
     */
    private record Mapped(List<LayoutMapping> mappings, List<Keys> keys) {
        private static volatile Mapped last;

        static Mapped of(List<LayoutMapping> mappings) {
            Mapped known = last;
            if (known != null && known.mappings == mappings) return known;
            List<Keys> keys = new java.util.ArrayList<>();
            for (LayoutMapping mapping : mappings) keys.add(Keys.of(mapping));
            Mapped made = new Mapped(mappings, List.copyOf(keys));
            last = made;
            return made;
        }
    }

    /** Normalized header text to column, for one mapping file. */
    private static Map<String, Column> columns(LayoutMapping mapping) {
        Map<String, Column> columns = new HashMap<>();
        mapping.headers().forEach((field, texts) -> {
            Column column = Column.byKey(field).orElseThrow();
            texts.forEach(text -> columns.put(HeaderWords.normalize(text), column));
        });
        return columns;
    }
}
