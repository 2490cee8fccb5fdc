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
    /** Texts and formats remembered at once; a thread starts afresh past either, so its memory stays bounded. */
    private static final int REMEMBERED = 100_000;
    private static final int REMEMBERED_FORMATS = 1_000;
    /** One per reading thread, kept from file to file: a batch's programs share their loads, reps and formats. */
    private static final ThreadLocal<NumberCells> PER_THREAD = ThreadLocal.withInitial(NumberCells::new);

    static NumberCells ofThisThread() { return PER_THREAD.get(); }

    /** POI's formatter keeps every format it parsed: it starts afresh with the texts. */
    private NumberText numbers = new NumberText();
    private final Map<CellFormats.Format, Map<String, String>> byFormat = new HashMap<>();
    private int remembered;

    /** {@code value}: the cell's {@code <v>} text, "" read as 0 as POI reads it. */
    String text(CellFormats.Format format, String value) {
        if (remembered >= REMEMBERED || byFormat.size() >= REMEMBERED_FORMATS && !byFormat.containsKey(format)) {
            byFormat.clear();
            remembered = 0;
            numbers = new NumberText();
        }
        Map<String, String> known = byFormat.computeIfAbsent(format, f -> new HashMap<>());
        String text = known.get(value);
        if (text == null) {
            double number = value.isEmpty() ? 0.0 : Double.parseDouble(value);
            text = numbers.of(number, format.index(), format.pattern());
            if (known.size() < REMEMBERED_PER_FORMAT) {
                known.put(value, text);
                remembered++;
            }
        }
        return text;
    }
}
