package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.programaudit.TestRules;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests Jetty refuses before any route runs still answer the API's JSON error body, never an HTML page. */
class JettyErrorsTest {
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = new WebServer(LiveRules.serving(TestRules.book()), WebSettings.defaults(0)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertJsonError(String answer, int status) throws Exception {
        assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.contains("content-type: application/json"), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        JsonNode json = WebJson.MAPPER.readTree(body);
        assertFalse(json.path("error").path("message").asText().isBlank(), body);
        assertFalse(body.contains("<html") || body.contains("Exception"), body);
    }

    @Test
    void pathsJettyRefusesAnswerJson() throws Exception {
        Map<String, Integer> refused = Map.of("/../etc/passwd", 400, "/%2e%2e/etc/passwd", 400, "/a/..//b", 404,
                "/%00", 400);
        for (Map.Entry<String, Integer> target : refused.entrySet()) {
            assertJsonError(RawHttp.get(server.port(), target.getKey()), target.getValue());
        }
    }

    @Test
    void malformedRequestsAnswerJson() throws Exception {
        assertJsonError(RawHttp.send(server.port(), "NONSENSE\r\n\r\n"), 400);
        assertJsonError(RawHttp.send(server.port(), "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
                + "a".repeat(64 * 1024) + "\r\n\r\n"), 431);
    }
}
