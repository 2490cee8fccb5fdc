package com.programaudit.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/**
 * An upload request from start to answer: the body is read whole (size, rate and memory checked)
 * before the request waits for an audit slot, so slow senders never hold one; its memory goes back to
 * the budget once the answer is made.
 */
final class UploadRequests {
    private final BodyReader reader;
    private final Uploads uploads;
    private final UploadSlots slots;

    UploadRequests(BodyReader reader, Uploads uploads, UploadSlots slots) {
        this.reader = reader;
        this.uploads = uploads;
        this.slots = slots;
    }

    <T> T handle(Context ctx, Function<List<Upload>, T> audit) {
        return handleForm(ctx, form -> audit.apply(form.files()));
    }

    /** The same, for a form whose text fields matter too (the Accept request). */
    <T> T handleForm(Context ctx, Function<Uploads.Form, T> audit) {
        Uploads.requireMultipart(ctx);
        try (RequestBody body = reader.read(ctx)) {
            Uploads.Form form = uploads.readForm(ctx.contentType(), body);
            return slots.run(() -> audit.apply(form));
        }
    }
}
