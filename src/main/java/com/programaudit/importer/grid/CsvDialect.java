package com.programaudit.importer.grid;

import java.nio.charset.Charset;
import org.apache.commons.csv.CSVFormat;

/**
 * How a CSV input is written (character set, byte-order mark, separator, line ending), detected as
 * the importer reads it, so a copy can be written back the same way and its cells line up.
 */
public record CsvDialect(Charset charset, boolean bom, char delimiter, String lineSeparator) {

    public static CsvDialect detect(byte[] bytes) {
        Charset charset = CsvGridReader.charsetOf(bytes);
        String decoded = new String(bytes, charset);
        boolean bom = !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF';
        String text = bom ? decoded.substring(1) : decoded;
        return new CsvDialect(charset, bom, CsvGridReader.guessDelimiter(text), text.contains("\r\n") ? "\r\n" : "\n");
    }

    /** The text the importer parses: decoded, without the byte-order mark. */
    public String text(byte[] bytes) {
        String decoded = new String(bytes, charset);
        return bom && !decoded.isEmpty() && decoded.charAt(0) == '\uFEFF' ? decoded.substring(1) : decoded;
    }

    /** The format CsvGridReader parses with: row i of the parse is row i + 1 of the cell references. */
    public CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
    }

    /** Text encoded back as the input was: same character set, byte-order mark kept. */
    public byte[] encode(String text) {
        return ((bom ? "\uFEFF" : "") + text).getBytes(charset);
    }
}
