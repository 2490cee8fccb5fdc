package com.programaudit.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses a POST that another site's page made the browser send (cross-site request forgery): its
 * Origin, or its Referer when there is no Origin, must name this server's own host and port as the
 * request reached it. A request with neither (curl, the command line, scripts) is not a browser's
 * cross-site request and goes through.
 */
final class SameOrigin {
    private SameOrigin() { }

    static void check(Context ctx) {
        if (!"POST".equalsIgnoreCase(ctx.method().name())) return;
        String origin = ctx.header("Origin");
        String source = origin != null ? origin : ctx.header("Referer");
        if (source == null) return;
        String host = ctx.header("Host");
        if (host == null || !hostAndPort(source).equals(withPort(host))) {
            ctx.header("Connection", "close"); // the body is not read: the connection cannot be reused
            throw new ForbiddenResponse("This request came from another site's page (" + (origin != null ? "Origin" : "Referer")
                    + " " + source + "); only this server's own page may send it.");
        }
    }

    /** "host:port" of an origin or URL, the port spelled out; "" when it is not an http(s) URL ("null"). */
    static String hostAndPort(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) return "";
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    /** A Host header ("127.0.0.1:8080", "[::1]:8080", "example") as "host:port". */
    static String withPort(String host) {
        return hostAndPort("http://" + host.strip());
    }
}
