package com.programaudit.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPart.Part;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;

/**
 * Takes the parts named {@code file} out of a multipart body already read into memory (see
 * {@link BodyReader}) and refuses what should not be audited: too large (413), not a spreadsheet by its
 * bytes (415), malformed (400). Jetty's own multipart parser reads the parts, all in memory.
 */
final class Uploads {
    static final String PART = "file";
    /** Room for multipart boundaries and part headers on top of the files themselves. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final long maxBytes;

    Uploads(long maxBytes) { this.maxBytes = maxBytes; }

    static long maxRequestBytes(long maxUploadBytes) { return maxUploadBytes + MULTIPART_OVERHEAD; }

    /** Refuses a request that is not multipart before its body is read. */
    static void requireMultipart(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new BadRequestResponse("Send the spreadsheets as multipart/form-data, one part named '" + PART
                    + "' per file.");
        }
    }

    /** The files of a form and its small text fields (an Accept request's list), from one parse of the body. */
    record Form(List<Upload> files, java.util.Map<String, String> fields) { }

    Form readForm(String contentType, RequestBody body) {
        MultiPartFormData.Parts all = parts(contentType, body);
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (Part part : all) {
            if (part.getFileName() == null && part.getName() != null && !part.getName().equals(PART)) {
                fields.putIfAbsent(part.getName(), part.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new Form(files(all.getAll(PART)), fields);
    }

    private List<Upload> files(List<Part> files) {
        if (files.isEmpty()) {
            throw new BadRequestResponse("The request has no part named '" + PART + "': send each spreadsheet as a part "
                    + "named '" + PART + "'.");
        }
        List<Upload> uploads = new ArrayList<>();
        long total = 0;
        for (Part file : files) {
            String name = displayName(file.getFileName(), uploads.size() + 1);
            total += file.getLength();
            if (total > maxBytes) throw tooLarge(maxBytes);
            byte[] bytes = content(file, name);
            String refusal = bytes.length == 0 ? "The file '" + name + "' is empty."
                    : !SpreadsheetContent.isSpreadsheet(bytes) ? "'" + name + "' is not a spreadsheet: upload .xlsx, .xls or"
                    + " .csv content (the file's bytes are checked, not its name)." : null;
            if (refusal == null) {
                uploads.add(new Upload(name, bytes));
            } else if (files.size() > 1) {
                // one bad file among several gets its own error report; the good ones are still audited
                uploads.add(Upload.refused(name, refusal));
            } else if (bytes.length == 0) {
                throw new BadRequestResponse(refusal);
            } else {
                throw new UnsupportedMediaTypeResponse(refusal);
            }
        }
        return uploads;
    }

    private MultiPartFormData.Parts parts(String contentType, RequestBody body) {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw new BadRequestResponse("The multipart request has no boundary in its Content-Type.");
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        // everything stays in memory (no files directory): no coach's file lands on disk
        parser.setMaxMemoryFileSize(maxRequestBytes(maxBytes));
        parser.setMaxFileSize(maxBytes);
        parser.setMaxLength(maxRequestBytes(maxBytes));
        try {
            return parser.parse(new ByteBufferContentSource(body.buffers())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadRequestResponse("The multipart request could not be read.");
        } catch (ExecutionException | RuntimeException e) {
            if (isSizeLimit(e)) throw tooLarge(maxBytes);
            if (isPartLimit(e)) {
                throw new BadRequestResponse(String.format(java.util.Locale.ROOT, "The upload holds more than %,d parts"
                        + " (files and fields), the most one request may have; send the files in smaller groups.",
                        parser.getMaxParts()));
            }
            throw new BadRequestResponse("The multipart request could not be read: the body is malformed or cut short.");
        }
    }

    /** Too many parts: Jetty says "Form with too many keys [1001 > 1000]". */
    private static boolean isPartLimit(Throwable e) {
        return saysSomewhere(e, message -> message.contains("too many keys"));
    }

    /** An exceeded size: Jetty says "max file size exceeded: …" or the like. */
    private static boolean isSizeLimit(Throwable e) {
        return saysSomewhere(e, message -> message.contains("max") && (message.contains("size") || message.contains("length")));
    }

    /** Jetty reports its multipart limits only in a message, somewhere in the cause chain; matched in lower case. */
    private static boolean saysSomewhere(Throwable e, java.util.function.Predicate<String> message) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (message.test(String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private static byte[] content(Part file, String name) {
        try (InputStream in = Content.Source.asInputStream(file.getContentSource())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadRequestResponse("The upload of '" + name + "' was cut short.");
        }
    }

    /** The client's file name without any folder part; a stand-in name when it sent none. */
    static String displayName(String clientName, int index) {
        if (clientName == null || clientName.isBlank()) return "upload-" + index;
        String name = clientName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        // control characters, and format characters such as a right-to-left override that makes "xslx.exe" read as
        // "exe.xlsx" in a download's name
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
        if (name.isEmpty()) return "upload-" + index;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static ContentTooLargeResponse tooLarge(long maxBytes) {
        return new ContentTooLargeResponse("The upload is larger than " + megabytes(maxBytes)
                + " MB, the most this server audits in one request. Send fewer or smaller files.");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }
}
