package com.programaudit.importer.grid.xlsx;

import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The plain text of a rich string element ({@code <si>} or an inline {@code <is>}), as POI's
 * XSSFRichTextString gives it: the runs' {@code <t>} joined when there are runs, else the element's
 * own {@code <t>}; phonetic guides ({@code <rPh>}) left out; Excel's {@code _xHHHH_} escapes decoded.
 */
final class RichText {
    private final StringBuilder own = new StringBuilder();
    private final StringBuilder runs = new StringBuilder();
    private boolean ownSet;
    private int runCount;
    private boolean runHasText;
    private int depth;
    private boolean inRun;
    private boolean inPhonetic;
    private StringBuilder collecting;

    void start() {
        own.setLength(0);
        runs.setLength(0);
        ownSet = false;
        runCount = 0;
        depth = 0;
        inRun = false;
        inPhonetic = false;
        collecting = null;
    }

    /** An element inside the rich string. */
    void startElement(String localName) {
        depth++;
        if (localName.equals("r") && depth == 1) {
            inRun = true;
            runHasText = false;
            runCount++;
        } else if (localName.equals("rPh") && depth == 1) {
            inPhonetic = true;
        } else if (localName.equals("t") && !inPhonetic) {
            if (inRun && depth == 2) {
                runHasText = true;
                collecting = runs;
            } else if (depth == 1) {
                ownSet = true;
                collecting = own;
            }
        }
    }

    void endElement(String localName) {
        if (localName.equals("t")) collecting = null;
        if (depth == 1 && localName.equals("r")) {
            if (!runHasText) runs.append("null"); // POI appends a run's missing text as "null"
            inRun = false;
        }
        if (depth == 1 && localName.equals("rPh")) inPhonetic = false;
        depth--;
    }

    void characters(char[] ch, int start, int length) {
        if (collecting != null) collecting.append(ch, start, length);
    }

    /** The text of the element just ended; "" when it has none. */
    String end() {
        if (runCount > 0) return decode(runs.toString());
        return ownSet ? decode(own.toString()) : "";
    }

    /** Excel escapes characters XML cannot hold as _xHHHH_; POI decodes them, so the reader does too. */
    static String decode(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }
}
