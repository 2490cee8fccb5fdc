package com.programaudit.importer.grid.xlsx;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** One pass of a workbook part through POI's hardened SAX reader (no DTDs, no external entities). */
final class SaxParse {
    private SaxParse() { }

    static void parse(InputStream xml, ContentHandler handler) throws IOException, SAXException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(xml));
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }
}
