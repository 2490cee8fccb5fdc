package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoopbackHostTest {
    @Test
    void thisMachinesNamesPassAndOthersDoNot() {
        for (String host : new String[] {"127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "127.1.2.3", "app.localhost:1"}) {
            assertTrue(LoopbackHost.isLoopbackName(LoopbackHost.hostName(host)), host);
        }
        for (String host : new String[] {"evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example", "[::2]:80",
                "10.0.0.1", "127.0.0.256", "0x7f.0.0.1", "127.0.0"}) {
            assertFalse(LoopbackHost.isLoopbackName(LoopbackHost.hostName(host)), host);
        }
        assertEquals("::1", LoopbackHost.hostName("[::1]:9"));
    }

    /** A page that pointed its own name at 127.0.0.1 (DNS rebinding) gets a 403, even for a GET. */
    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        try (WebServer server = new WebServer(LiveRules.serving(com.programaudit.TestRules.book()), WebSettings.defaults(0)).start()) {
            String refused = RawHttp.send(server.port(), "GET /api/rules HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(refused.startsWith("HTTP/1.1 403"), refused);
            assertTrue(refused.contains("this machine only"), refused);
            String own = RawHttp.send(server.port(), "GET /api/rules HTTP/1.1\r\nHost: localhost:" + server.port()
                    + "\r\nConnection: close\r\n\r\n");
            assertTrue(own.startsWith("HTTP/1.1 200"), own.lines().findFirst().orElse(""));
        }
    }
}
