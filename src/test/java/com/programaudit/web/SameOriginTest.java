package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A POST from another site's page is refused 403; the server's own page and clients without an Origin are not. */
class SameOriginTest {
    private static WebServer server;
    private static WebClient client;

    @BeforeAll
    static void start() {
        server = new WebServer(LiveRules.serving(TestRules.book()), WebSettings.defaults(0)).start();
        client = new WebClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient.Answer postFrom(String header, String value) throws Exception {
        Multipart body = new Multipart().part("file", "dan_full_body.csv",
                Files.readAllBytes(TestRules.RESOURCES.resolve("examples/dan_full_body.csv")));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/page/audit"))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (header != null) request.header(header, value);
        return client.send(request);
    }

    @Test
    void aForeignOriginIsRefused403Json() throws Exception {
        for (String origin : new String[] {"http://evil.example", "http://127.0.0.1:1", "null",
                "http://localhost:" + server.port()}) {
            WebClient.Answer answer = postFrom("Origin", origin);
            assertEquals(403, answer.status(), origin + ": " + answer.body());
            assertTrue(answer.json().path("error").path("message").asText().contains("another site"), answer.body());
        }
        assertEquals(403, postFrom("Referer", "http://evil.example/page.html").status(), "the Referer when there is no Origin");
    }

    @Test
    void theServersOwnPageAndClientsWithoutAnOriginGoThrough() throws Exception {
        assertEquals(200, postFrom("Origin", "http://127.0.0.1:" + server.port()).status());
        assertEquals(200, postFrom("Referer", "http://127.0.0.1:" + server.port() + "/").status());
        assertEquals(200, postFrom(null, null).status(), "curl and the command line send no Origin");
    }

    @Test
    void originsAreComparedByHostAndPort() {
        assertEquals("127.0.0.1:8080", SameOrigin.withPort("127.0.0.1:8080"));
        assertEquals("[::1]:8080", SameOrigin.withPort("[::1]:8080"));
        assertEquals("example:80", SameOrigin.hostAndPort("http://EXAMPLE"));
        assertEquals("example:443", SameOrigin.hostAndPort("https://example/x?y"));
        assertEquals("", SameOrigin.hostAndPort("null"));
        assertEquals("", SameOrigin.hostAndPort("file:///etc/passwd"));
    }
}
