package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server started with a token answers only requests that carry it: a bearer header or the login cookie. */
class AccessTokenTest {
    private static final String TOKEN = "s3cret-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // follows no redirects
    private static WebServer server;

    @BeforeAll
    static void start() {
        server = new WebServer(LiveRules.serving(TestRules.book()), WebSettings.defaults(0).withToken(TOKEN)).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder upload() throws Exception {
        Multipart body = new Multipart().part("file", "dan_full_body.csv",
                Files.readAllBytes(TestRules.RESOURCES.resolve("examples/dan_full_body.csv")));
        return request("/api/audit").header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    }

    @Test
    void theApiNeedsTheBearerToken() throws Exception {
        HttpResponse<String> without = send(request("/api/rules"));
        assertEquals(401, without.statusCode());
        assertEquals("Bearer", without.headers().firstValue("WWW-Authenticate").orElse(null));
        assertTrue(WebJson.MAPPER.readTree(without.body()).path("error").path("message").asText().contains("token"));
        assertEquals(401, send(request("/api/rules").header("Authorization", "Bearer wrong")).statusCode());
        assertEquals(200, send(request("/api/rules").header("Authorization", "Bearer " + TOKEN)).statusCode());
        assertEquals(401, send(upload()).statusCode());
        assertEquals(200, send(upload().header("Authorization", "Bearer " + TOKEN)).statusCode());
        assertEquals(401, send(request("/health")).statusCode(), "every request, the health check too");
    }

    @Test
    void aBrowserSignsInOnceAndKeepsACookie() throws Exception {
        HttpResponse<String> page = send(request("/").header("Accept", "text/html"));
        assertEquals(303, page.statusCode());
        assertEquals("/login", page.headers().firstValue("Location").orElse(null));
        assertTrue(send(request("/login")).body().contains("name=\"token\""), "the login form");

        HttpResponse<String> wrong = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=guess")));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());

        HttpResponse<String> signedIn = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN)));
        assertEquals(303, signedIn.statusCode());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains(TOKEN), cookie);
        String sent = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> index = send(request("/").header("Cookie", sent));
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("file-input"), "the upload page");
        assertEquals(200, send(upload().header("Cookie", sent)).statusCode());
    }

    @Test
    void aLinkWithTheTokenSetsTheCookieAndDropsTheTokenFromTheAddress() throws Exception {
        HttpResponse<String> link = send(request("/rules?token=" + TOKEN));
        assertEquals(303, link.statusCode());
        assertEquals("/rules", link.headers().firstValue("Location").orElse(null));
        assertTrue(link.headers().firstValue("Set-Cookie").orElse("").startsWith(AccessToken.COOKIE + "="));
        assertEquals(401, send(request("/api/rules?token=wrong")).statusCode());
    }

    @Test
    void listeningBeyondThisMachineNeedsACredential() {
        WebSettings open = WebSettings.defaults(0).withHost("0.0.0.0");
        assertTrue(open.refusal().startsWith("Refusing to serve on 0.0.0.0 without a credential"), open.refusal());
        assertThrows(IllegalStateException.class, () -> new WebServer(LiveRules.serving(TestRules.book()), open).start());
        assertNull(open.withToken(TOKEN).refusal());
        assertNull(WebSettings.defaults(0).refusal(), "loopback needs none");
        assertNull(WebSettings.defaults(0).withHost("localhost").refusal());
    }
}
