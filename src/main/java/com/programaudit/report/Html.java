package com.programaudit.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.text.StringEscapeUtils;

/** Escaping for HTML and inline SVG text and attribute values. */
final class Html {
    private Html() { }

    /** Text safe inside an element or a double-quoted attribute (XML 1.0 rules, which HTML5 accepts). */
    static String esc(String text) {
        return text == null ? "" : StringEscapeUtils.escapeXml10(text);
    }

    /** A file name as a relative link (spaces and other characters percent-encoded). */
    static String href(String fileName) {
        return esc(URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
