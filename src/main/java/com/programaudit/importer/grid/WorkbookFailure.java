package com.programaudit.importer.grid;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Says in a coach's words why POI could not open a workbook. POI's own messages name Java classes
 * and zip internals, so the cause chain is matched against the few failures files really have.
 */
public final class WorkbookFailure {
    private WorkbookFailure() { }

    public static String describe(Throwable failure, SpreadsheetFormat format) {
        String chain = chain(failure);
        String kind = format == SpreadsheetFormat.XLS ? ".xls" : ".xlsx";
        if (failure instanceof EncryptedDocumentException || chain.contains("password")
                || chain.contains("encrypted")) {
            return "The workbook is password-protected; save an unprotected copy and audit that.";
        }
        if (chain.contains("zip bomb") || chain.contains("max. ratio") || chain.contains("exceeds the max")) {
            return String.format(Locale.ROOT, "The workbook's data expands to more than %.0f times its compressed size"
                    + " — refused as a possible zip bomb. Save it again from Excel if it is a real program.",
                    1 / ZipSecureFile.getMinInflateRatio());
        }
        if (chain.contains("max_file_count")) {
            return String.format(Locale.ROOT, "The workbook holds more than %,d parts (sheets, images, comments);"
                    + " at most %,d are read. Split the program into smaller files.",
                    ZipSecureFile.getMaxFileCount(), ZipSecureFile.getMaxFileCount());
        }
        if (chain.contains("tried to allocate") || failure instanceof OutOfMemoryError) {
            return "The workbook is too large to read (one part holds more data than an audit may load);"
                    + " split the program into smaller files.";
        }
        if (chain.contains("doctype") || chain.contains("entity expansion") || chain.contains("external entit")) {
            return "The workbook contains an XML document type declaration (DOCTYPE), which Excel never writes;"
                    + " it was refused because such declarations can read other files or exhaust memory.";
        }
        if (chain.contains("content type part")) {
            return "This is a zip archive but not an Excel workbook (it has no workbook parts); save the program"
                    + " from Excel as .xlsx.";
        }
        if (chain.contains("biff8") || chain.contains("no workbook entry") || chain.contains("does not contain")) {
            return "This is an Office file but not an Excel workbook (no Workbook stream: perhaps a Word or"
                    + " PowerPoint file); save the program from Excel as .xlsx.";
        }
        return "The " + kind + " file is damaged or incomplete (it may have been cut off while downloading or"
                + " copying); open it in Excel, save it again and audit the new copy.";
    }

    /** Every message of the cause chain, lower case, so the checks need not know which layer failed. */
    private static String chain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
