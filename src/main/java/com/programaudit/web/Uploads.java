package com.programaudit.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the parts named {@code file} out of a multipart request, in memory, and refuses what should
 * not be audited: too large (413), not a spreadsheet by its bytes (415), malformed (400).
 */
final class Uploads {
    static final String PART = "file";
    /** Room for multipart boundaries and part headers on top of the files themselves. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    /** How much of an oversized body is read (and dropped) so the client can still read the 413. */
    private static final int DISCARD_FACTOR = 10;

    private final long maxBytes;

    Uploads(long maxBytes) { this.maxBytes = maxBytes; }

    long maxRequestBytes() { return maxBytes + MULTIPART_OVERHEAD; }

    List<Upload> read(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new BadRequestResponse("Send the spreadsheets as multipart/form-data, one part named '" + PART
                    + "' per file.");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxRequestBytes()) throw tooLarge(ctx);
        List<UploadedFile> files = parts(ctx);
        if (files.isEmpty()) {
            throw new BadRequestResponse("The request has no part named '" + PART + "': send each spreadsheet as a part "
                    + "named '" + PART + "'.");
        }
        List<Upload> uploads = new ArrayList<>();
        long total = 0;
        for (UploadedFile file : files) {
            String name = displayName(file.filename(), uploads.size() + 1);
            total += file.size();
            if (total > maxBytes) throw tooLarge(ctx);
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

    private List<UploadedFile> parts(Context ctx) {
        try {
            return ctx.uploadedFiles(PART);
        } catch (Exception e) { // Jetty's ServletException arrives unchecked through Kotlin
            if (isSizeLimit(e)) throw tooLarge(ctx);
            throw new BadRequestResponse("The multipart request could not be read: the body is malformed or cut short.");
        }
    }

    /** Jetty reports an exceeded multipart limit ("max file size exceeded: …") only in a message. */
    private static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("max") && (message.contains("size") || message.contains("length"))) return true;
        }
        return false;
    }

    private static void discardRestOfBody(Context ctx, long atMost) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; read < atMost && (n = in.read(buffer)) >= 0; ) read += n;
        } catch (IOException | RuntimeException e) {
            // the body was already consumed by the multipart parser, or the client went away
        }
    }

    private static byte[] content(UploadedFile file, String name) {
        try (InputStream in = file.content()) {
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
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) return "upload-" + index;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /**
     * The 413 answer. The rest of the body is read and dropped first (up to a bound): a server that
     * answers and hangs up mid-upload leaves the browser with a broken connection instead of the message.
     */
    private ContentTooLargeResponse tooLarge(Context ctx) {
        discardRestOfBody(ctx, DISCARD_FACTOR * maxBytes);
        ctx.header("Connection", "close");
        return new ContentTooLargeResponse("The upload is larger than " + megabytes(maxBytes)
                + " MB, the most this server audits in one request. Send fewer or smaller files.");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }
}
