package com.programaudit.importer.grid.xlsx;

import com.programaudit.importer.grid.ShownSheets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets xl/workbook.xml lists, in tab order, with the ones POI's user model skips skipped too:
 * a sheet whose part is missing, and parts that are neither worksheets nor chart sheets (macro sheets).
 */
final class WorkbookSheets {
    /** One sheet: its tab name, whether the coach hid it, and its part's name (null for a chart or dialog sheet, which has no cells). */
    record Entry(String name, boolean hidden, String part) { }

    private WorkbookSheets() { }

    static List<Entry> read(XlsxPackage pkg, String workbook) throws IOException, SAXException, InvalidFormatException {
        List<String[]> listed = new ArrayList<>();
        SaxParse.parse(pkg.stream(workbook), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("sheet")) {
                    listed.add(new String[] {attributes.getValue("name"), attributes.getValue("state"), relationId(attributes)});
                }
            }
        });
        List<XlsxPackage.Relation> relations = pkg.relations(workbook);
        List<Entry> sheets = new ArrayList<>();
        for (String[] sheet : listed) {
            XlsxPackage.Relation relation = sheet[2] == null ? null : byId(relations, sheet[2]);
            if (relation == null) continue;
            String type = relation.type();
            boolean chart = type.endsWith("/chartsheet") || type.endsWith("/dialogsheet");
            if (!chart && !type.endsWith("/worksheet")) continue;
            String part = relation.part();
            if (!pkg.has(part)) continue;
            boolean hidden = "hidden".equals(sheet[1]) || "veryHidden".equals(sheet[1]);
            sheets.add(new Entry(sheet[0] == null ? "" : sheet[0], hidden, chart ? null : part));
        }
        return sheets;
    }

    /** The relationship of that id (a repeated id was resolved as POI resolves it when the relations were read). */
    private static XlsxPackage.Relation byId(List<XlsxPackage.Relation> relations, String id) {
        for (XlsxPackage.Relation relation : relations) {
            if (id.equals(relation.id())) return relation;
        }
        return null;
    }

    /** The r:id attribute, whichever prefix and namespace (transitional or strict) the file uses. */
    private static String relationId(Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getLocalName(i).equals("id") && !attributes.getURI(i).isEmpty()) return attributes.getValue(i);
        }
        return null;
    }

    /** The sheets read (see {@link ShownSheets}). */
    static List<Entry> visible(List<Entry> sheets) {
        return ShownSheets.of(sheets, Entry::hidden);
    }
}
