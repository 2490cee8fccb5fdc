package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their uploads a few bytes a second hold neither an audit slot nor memory beyond
 * what they sent; once under the minimum rate after the grace period they are answered 408 and cut off.
 */
class SlowUploadsTest {
    private static byte[] example() throws Exception {
        return Files.readAllBytes(TestRules.RESOURCES.resolve("examples/dan_full_body.csv"));
    }

    /** More slow clients than the server has audit slots. */
    private static int moreThanTheSlots() {
        return Math.max(6, 2 * Runtime.getRuntime().availableProcessors() + 2);
    }

    @Test
    void slowClientsDoNotKeepANormalUploadOut() throws Exception {
        try (WebServer server = new WebServer(LiveRules.serving(TestRules.book()), WebSettings.defaults(0)
                .withBodyRate(new WebSettings.BodyRate(1024, Duration.ofMinutes(5)))).start()) {
            List<Trickler> slow = new ArrayList<>();
            try {
                for (int i = 0; i < moreThanTheSlots(); i++) slow.add(new Trickler(server.port(), "/api/audit", 100_000, 200));
                for (Trickler t : slow) while (t.sent() < 2) Thread.sleep(50);
                WebClient.Answer normal = new WebClient(server).post("/api/audit",
                        new Multipart().part("file", "dan_full_body.csv", example()));
                assertEquals(200, normal.status(), normal.body());
                assertEquals("dan_full_body.csv", normal.json().path("program").path("file").asText());
                for (Trickler t : slow) assertFalse(t.answered(), "the slow clients are still being read");
            } finally {
                for (Trickler t : slow) t.close();
            }
        }
    }

    @Test
    void aClientUnderTheMinimumRateIsAnswered408() throws Exception {
        try (WebServer server = new WebServer(LiveRules.serving(TestRules.book()), WebSettings.defaults(0)
                .withBodyRate(new WebSettings.BodyRate(1024, Duration.ofMillis(500)))).start();
             Trickler slow = new Trickler(server.port(), "/api/audit", 100_000, 200)) {
            String answer = slow.answer();
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"message\" : \"The upload arrived too slowly"), answer);
        }
    }

    /**
     * Bodies in flight share one memory budget. Each slow client holds one chunk of it; with the budget
     * spent, an upload is read through and answered 503 (a readable answer, not a reset), and gets in
     * once the memory is given back.
     */
    @Test
    void uploadsBeyondTheMemoryBudgetAre503UntilMemoryFrees() throws Exception {
        long maxUpload = 64 * 1024;
        long budget = Uploads.maxRequestBytes(maxUpload) + BodyReader.CHUNK;
        int holders = (int) (budget / BodyReader.CHUNK);
        try (WebServer server = new WebServer(LiveRules.serving(TestRules.book()), WebSettings.defaults(0)
                .withMaxUploadBytes(maxUpload).withMemoryBudget(budget)
                .withBodyRate(new WebSettings.BodyRate(1024, Duration.ofMinutes(5)))).start()) {
            WebClient client = new WebClient(server);
            Multipart upload = new Multipart().part("file", "dan_full_body.csv", example());
            List<Trickler> slow = new ArrayList<>();
            try {
                for (int i = 0; i < holders; i++) slow.add(new Trickler(server.port(), "/api/audit", 60_000, 200));
                for (Trickler t : slow) while (t.sent() < 2) Thread.sleep(50);
                WebClient.Answer refused = client.post("/api/audit", upload);
                assertEquals(503, refused.status(), refused.body());
                assertTrue(refused.json().path("error").path("message").asText().contains("memory"), refused.body());
            } finally {
                for (Trickler t : slow) t.close();
            }
            WebClient.Answer later = client.post("/api/audit", upload);
            for (long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                 later.status() == 503 && System.nanoTime() < deadline; ) {
                Thread.sleep(100);
                later = client.post("/api/audit", upload);
            }
            assertEquals(200, later.status(), "the budget is given back when the slow clients go: " + later.body());
        }
    }
}
