package com.programaudit.importer.grid.xlsx;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.ReadDeadline;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * xl/sharedStrings.xml as plain strings, one per {@code <si>}, read as POI's user model reads them.
 * Our own handler rather than POI's ReadOnlySharedStringsTable: that one sizes its list from the
 * file's uniqueCount (a crafted count allocates gigabytes) and builds an XMLBeans rich string per lookup.
 */
final class SharedStrings {
    private final List<String> strings;

    private SharedStrings(List<String> strings) { this.strings = strings; }

    static SharedStrings none() { return new SharedStrings(List.of()); }

    /** {@code most}: strings a workbook may hold; one string more is refused while reading, naming the limit. */
    static SharedStrings read(InputStream part, long most, ReadDeadline deadline) throws IOException, SAXException {
        List<String> strings = new ArrayList<>();
        try (InputStream xml = part) {
            SaxParse.parse(xml, new ItemHandler(strings, most, deadline));
        }
        return new SharedStrings(strings);
    }

    /** The string at a cell's {@code <v>} index; "" when the index is not a number of the table, as POI reads it. */
    String at(CharSequence index) {
        int i = SheetHandler.parseIndex(index);
        return i >= 0 && i < strings.size() ? strings.get(i) : "";
    }

    /** Collects each {@code <si>}'s text with {@link RichText}; phonetic guides are not part of it. */
    private static final class ItemHandler extends DefaultHandler {
        private final List<String> strings;
        private final long most;
        private final ReadDeadline deadline;
        private final RichText text = new RichText();

        ItemHandler(List<String> strings, long most, ReadDeadline deadline) {
            this.strings = strings;
            this.most = most;
            this.deadline = deadline;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("si")) text.start();
            else text.startElement(localName);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!localName.equals("si")) {
                text.endElement(localName);
                return;
            }
            if (strings.size() >= most) {
                // a table longer than the cells that could show it: tiny strings by the million exhaust memory
                throw new SAXException(new ImportException(String.format(Locale.ROOT, "The workbook's table of"
                        + " texts holds more than %,d entries, more than the cells one program may have; split it"
                        + " into smaller files.", most)));
            }
            deadline.tick();
            strings.add(text.end());
        }

        @Override
        public void characters(char[] ch, int start, int length) { text.characters(ch, start, length); }
    }
}
