package com.programaudit.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Locale;

/**
 * On a server that listens on this machine only, refuses a request whose Host header names another host. A page
 * on another site can point its own name at 127.0.0.1 (DNS rebinding): its requests then reach this server as
 * same-origin for that name, past {@link SameOrigin}, and could read the rules or spend the CPU. The browser still
 * sends the page's name as Host, which is what this checks; the server's own addresses and "localhost" pass.
 */
final class LoopbackHost {
    private LoopbackHost() { }

    static void check(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && !isLoopbackName(hostName(host))) {
            ctx.header("Connection", "close");
            throw new ForbiddenResponse("This server answers requests for this machine only (localhost, 127.0.0.1, [::1]),"
                    + " not for " + host + ".");
        }
    }

    /** The host of a Host header: its port and an IPv6 address's brackets taken off. */
    static String hostName(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.lastIndexOf(':');
        return colon >= 0 && h.indexOf(':') == colon ? h.substring(0, colon) : h;
    }

    /** localhost (and names under it), an IPv4 address in 127/8, or ::1: written out, never looked up. */
    static boolean isLoopbackName(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || host.equals("::1")) return true;
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) return false;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
