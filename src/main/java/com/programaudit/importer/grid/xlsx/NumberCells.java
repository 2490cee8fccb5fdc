package com.programaudit.importer.grid.xlsx;

import com.programaudit.importer.grid.NumberText;
import java.util.HashMap;
import java.util.Map;

/**
 * Number cells' text, remembered per number format and {@code <v>} text: a sheet repeats the same
 * few loads, reps and weeks thousands of times, and formatting one (POI's formatter, its date-format
 * check) costs far more than a lookup. The text depends on nothing else, so a remembered one is exact.
 */
final class NumberCells {
    /** Enough for every distinct value of a real program; past it, values are formatted each time. */
    private static final int REMEMBERED_PER_FORMAT = 20_000;
    /** Formats remembered at once; a batch of many workbooks starts afresh past it, so memory stays bounded. */
    private static final int REMEMBERED_FORMATS = 500;
    /** One per reading thread, kept from file to file: a batch's programs share their loads, reps and formats. */
    private static final ThreadLocal<NumberCells> PER_THREAD = ThreadLocal.withInitial(NumberCells::new);

    static NumberCells ofThisThread() { return PER_THREAD.get(); }

    private final NumberText numbers = new NumberText();
    private final Map<CellFormats.Format, Map<String, String>> byFormat = new HashMap<>();

    /** {@code value}: the cell's {@code <v>} text, "" read as 0 as POI reads it. */
    String text(CellFormats.Format format, String value) {
        if (byFormat.size() >= REMEMBERED_FORMATS && !byFormat.containsKey(format)) byFormat.clear();
        Map<String, String> known = byFormat.computeIfAbsent(format, f -> new HashMap<>());
        String text = known.get(value);
        if (text == null) {
            double number = value.isEmpty() ? 0.0 : Double.parseDouble(value);
            text = numbers.of(number, format.index(), format.pattern());
            if (known.size() < REMEMBERED_PER_FORMAT) known.put(value, text);
        }
        return text;
    }
}
