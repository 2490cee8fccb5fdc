package com.programaudit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The files this tool writes, and how it knows them again: {@code plan.fixed.xlsx} and
 * {@code plan.audit.xlsx} (with {@code -2}, {@code -3} … when a name was taken), and, in a workbook, a
 * custom document property {@value #PROPERTY}. A file is taken for one of ours only when its name has
 * our form AND (for a workbook) it carries the property: a coach's own {@code plan.audit.xlsx} has no
 * property and is audited; our copy renamed to {@code plan-v2.xlsx} has lost our name and is audited
 * too. A CSV has nowhere to keep a property, so a {@code .fixed.csv} is known by its name alone.
 */
public final class OwnOutputs {
    public static final String PROPERTY = "program-audit output";
    public static final String FIXED = "fixed";
    public static final String ANNOTATED = "audit";
    private static final Pattern NAME = Pattern.compile(".+\\.(fixed|audit)(-[0-9]+)?\\.(xlsx|xlsm|xls|csv)");
    /** custom.xml of a marked workbook is a few hundred bytes; a huge one is not ours. */
    private static final int MAX_PROPERTIES_BYTES = 1 << 20;

    private OwnOutputs() { }

    /** {@code plan.xlsx} gives {@code plan.fixed.xlsx}. */
    public static String fixedName(String inputFileName, String extension) {
        int dot = inputFileName.lastIndexOf('.');
        return (dot > 0 ? inputFileName.substring(0, dot) : inputFileName) + "." + FIXED + "." + extension;
    }

    /** {@code plan.audit.xlsx} for the report named {@code plan}. */
    public static String annotatedName(String reportName, String extension) {
        return reportName + "." + ANNOTATED + "." + extension;
    }

    /** Writes the property into a copy about to be saved; {@code kind} is {@link #FIXED} or {@link #ANNOTATED}. */
    public static void mark(Workbook workbook, String kind) {
        if (workbook instanceof XSSFWorkbook xssf) {
            var custom = xssf.getProperties().getCustomProperties();
            if (custom.contains(PROPERTY)) custom.getProperty(PROPERTY).setLpwstr(kind);
            else custom.addProperty(PROPERTY, kind);
        } else if (workbook instanceof HSSFWorkbook hssf) {
            hssf.createInformationProperties();
            DocumentSummaryInformation info = hssf.getDocumentSummaryInformation();
            CustomProperties custom = info.getCustomProperties();
            if (custom == null) custom = new CustomProperties();
            custom.put(PROPERTY, kind);
            info.setCustomProperties(custom);
        }
    }

    /** True for a fixed copy or annotated workbook this tool wrote (see the class comment). Never throws. */
    public static boolean isOurs(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(name).matches()) return false;
        if (name.endsWith(".csv")) return name.matches(".+\\.fixed(-[0-9]+)?\\.csv");
        try {
            return name.endsWith(".xls") ? markedXls(file) : markedXlsx(file);
        } catch (IOException | RuntimeException e) {
            return false; // a damaged file is the coach's to hear about from the importer
        }
    }

    private static boolean markedXlsx(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("docProps/custom.xml");
            if (entry == null) return false;
            try (InputStream in = zip.getInputStream(entry)) {
                String xml = new String(in.readNBytes(MAX_PROPERTIES_BYTES), StandardCharsets.UTF_8);
                return xml.contains("name=\"" + PROPERTY + "\"");
            }
        }
    }

    private static boolean markedXls(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (!fs.getRoot().hasEntry(DocumentSummaryInformation.DEFAULT_STREAM_NAME)) return false;
            try (InputStream in = fs.createDocumentInputStream(DocumentSummaryInformation.DEFAULT_STREAM_NAME)) {
                DocumentSummaryInformation info = new DocumentSummaryInformation(in);
                CustomProperties custom = info.getCustomProperties();
                return custom != null && custom.containsKey(PROPERTY);
            } catch (Exception e) {
                return false;
            }
        }
    }
}
