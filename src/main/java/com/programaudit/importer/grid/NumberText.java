package com.programaudit.importer.grid;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * A number cell's text from its value and number format, the same whether the cell was read by
 * streaming or from a user-model workbook. Not thread-safe (POI's formatter caches formats): one per reader.
 */
public final class NumberText {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A '+' a number format writes itself: quoted ("x"0"+") or escaped (0\+). */
    private static final Pattern FORMAT_PLUS = Pattern.compile("\"[^\"]*\\+[^\"]*\"|\\\\\\+");

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /**
     * A number as shown, unless the display hides what was planned: accounting formats show 0 as "-"
     * (RIR 0 would vanish) and a whole-number format shows RIR 1.5 as 2; a '+' that the format adds
     * ({@code "x"0"+"} shows 5 as "x5+") decorates every cell of a column, it is not an AMRAP mark the
     * coach wrote on one set. Dates and percentages as shown.
     */
    public String of(double value, int format, String pattern) {
        String shown = formatter.formatRawCellContents(value, format, pattern);
        if (DateUtil.isADateFormat(format, pattern) || (pattern != null && pattern.contains("%"))) return shown;
        String raw = NumberToTextConverter.toText(value);
        if (!DIGIT.matcher(shown).find()) return raw;
        if (pattern != null && FORMAT_PLUS.matcher(pattern).find()) shown = shown.replace("+", "");
        String plain = shown.strip().replace(",", "");
        if (PLAIN_NUMBER.matcher(plain).matches() && Math.abs(Double.parseDouble(plain) - value) > 1e-9) return raw;
        return shown;
    }

    /** POI's formatter, for the text of cells that are not numbers. */
    DataFormatter formatter() { return formatter; }
}
