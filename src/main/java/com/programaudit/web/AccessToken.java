package com.programaudit.web;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The credential a server started with {@code --token} asks of every request: {@code Authorization:
 * Bearer TOKEN}, or the cookie a browser gets once from the login form or a {@code ?token=TOKEN} link.
 * The cookie holds a digest of the token, not the token. Only the login form and its style sheet are
 * open without it.
 */
final class AccessToken {
    static final String COOKIE = "program-audit-session";
    private final byte[] token;
    private final String session;

    AccessToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.session = digest("program-audit-session:" + token);
    }

    void register(RoutesConfig routes) {
        routes.before(this::check);
        routes.get("/login", ctx -> ctx.html(loginPage(null)));
        routes.post("/login", this::login);
    }

    private void check(Context ctx) {
        String path = ctx.path();
        if (path.equals("/login") || path.equals("/style.css")) return;
        if (bearer(ctx) || same(session, ctx.cookie(COOKIE))) return;
        String offered = ctx.queryParam("token");
        if (offered != null && same(new String(token, StandardCharsets.UTF_8), offered) && isGet(ctx)) {
            // a link with the token: remember it in the cookie, and take the token out of the address bar
            setCookie(ctx);
            redirect(ctx, path);
            return;
        }
        if (isGet(ctx) && String.valueOf(ctx.header("Accept")).contains("text/html")) {
            redirect(ctx, "/login");
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer");
        if (!isGet(ctx)) ctx.header("Connection", "close"); // the body is not read
        throw new UnauthorizedResponse("This server asks for a token: send 'Authorization: Bearer TOKEN', or sign in at /login.");
    }

    private void login(Context ctx) {
        String offered = ctx.formParam("token");
        if (offered != null && same(new String(token, StandardCharsets.UTF_8), offered.strip())) {
            setCookie(ctx);
            redirect(ctx, "/");
        } else {
            ctx.status(401).html(loginPage("That is not the token this server was started with."));
        }
    }

    private boolean bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    private void setCookie(Context ctx) {
        Cookie cookie = new Cookie(COOKIE, session);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        ctx.cookie(cookie);
    }

    private static void redirect(Context ctx, String to) {
        ctx.redirect(to, HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    private static boolean isGet(Context ctx) {
        String method = ctx.method().name();
        return method.equals("GET") || method.equals("HEAD");
    }

    /** Equal, in a time that does not tell how much of a guess was right. */
    private static boolean same(String expected, String offered) {
        return offered != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                offered.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String loginPage(String problem) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Sign in – program-audit</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body>"
                + "<header><h1>program-audit</h1></header><main><h2>Sign in</h2>"
                + "<p class=\"muted\">This server was started with a token; enter it once and this browser keeps it.</p>"
                + (problem == null ? "" : "<p class=\"error\">" + escapeHtml4(problem) + "</p>")
                + "<form method=\"post\" action=\"/login\"><label>Token <input type=\"password\" name=\"token\" "
                + "autocomplete=\"current-password\" required autofocus></label> <button type=\"submit\">Sign in</button>"
                + "</form></main></body></html>";
    }
}
