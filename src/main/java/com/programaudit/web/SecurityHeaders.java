package com.programaudit.web;

import io.javalin.http.Context;

/**
 * Headers that keep the page to itself: no scripts or styles from elsewhere (no CDN), no framing by
 * other sites, no guessing of content types. Reports are shown in a sandboxed frame of the page.
 */
final class SecurityHeaders {
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private SecurityHeaders() { }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }
}
