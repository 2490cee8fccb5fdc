package com.programaudit.importer.grid.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style (xf) index, as XSSFCell.getCellStyle() would give it: the style's
 * numFmtId (as the user model's short) and its format string, the workbook's own numFmt for that id
 * first, else the built-in one. Read from styles.xml with a SAX pass over the two lists it needs, not
 * through POI's StylesTable, whose XMLBeans document cost more than reading the sheets' values.
 */
final class CellFormats {
    /** A style's format id (as the user model's short) and format string. */
    record Format(int index, String pattern) {
        // written out: every number cell looks its format up in a hash map, and a record's own equals and
        // hashCode go through an invokedynamic call that the audit JVM's C1 compiler does not inline
        @Override
        public boolean equals(Object other) {
            return other instanceof Format f && f.index == index && java.util.Objects.equals(f.pattern, pattern);
        }

        @Override
        public int hashCode() { return 31 * index + java.util.Objects.hashCode(pattern); }
    }

    /** numFmtId of each cellXfs/xf as written (checked when a cell uses the style, as the user model does). */
    private final List<String> styleFormatIds;
    private final Map<Short, String> customFormats;
    private final Map<Integer, Format> byStyle = new HashMap<>();

    private CellFormats(List<String> styleFormatIds, Map<Short, String> customFormats) {
        this.styleFormatIds = styleFormatIds;
        this.customFormats = customFormats;
    }

    /** A workbook without a styles part: POI's default stylesheet, one General style. */
    static CellFormats standard() {
        return new CellFormats(List.of("0"), Map.of());
    }

    static CellFormats read(InputStream stylesXml) throws IOException, SAXException {
        Reader handler = new Reader();
        SaxParse.parse(stylesXml, handler);
        return new CellFormats(handler.styleFormatIds, handler.customFormats);
    }

    /** The style a cell names; the user model has none when the workbook has no cell styles. */
    boolean hasStyle(long style) {
        return !styleFormatIds.isEmpty() && style >= 0 && style < styleFormatIds.size();
    }

    Format of(int style) {
        Format format = byStyle.get(style);
        if (format == null) {
            if (style < 0 || style >= styleFormatIds.size()) {
                throw new IllegalStateException("cell style " + style + " is missing from the workbook");
            }
            String written = styleFormatIds.get(style);
            short id = (short) (written == null ? 0 : Long.parseLong(written.strip()));
            String pattern = customFormats.get(id);
            format = new Format(id, pattern != null ? pattern : BuiltinFormats.getBuiltinFormat(id & 0xffff));
            byStyle.put(style, format);
        }
        return format;
    }

    /** Collects numFmts/numFmt and cellXfs/xf (not cellStyleXfs, whose xf elements are named styles). */
    private static final class Reader extends DefaultHandler {
        private final List<String> styleFormatIds = new ArrayList<>();
        private final Map<Short, String> customFormats = new HashMap<>();
        private boolean inCellXfs;

        @Override public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "numFmt" -> {
                    String id = attributes.getValue("numFmtId");
                    String code = attributes.getValue("formatCode");
                    if (id != null && code != null) customFormats.put((short) Long.parseLong(id.strip()), code);
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> { if (inCellXfs) styleFormatIds.add(attributes.getValue("numFmtId")); }
                default -> { }
            }
        }

        @Override public void endElement(String uri, String localName, String qName) {
            if (localName.equals("cellXfs")) inCellXfs = false;
        }
    }
}
