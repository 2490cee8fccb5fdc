package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** An unexpected exception answers a generic JSON 500; its details stay in the log. */
class ErrorAnswersTest {
    @Test
    void anUnexpectedFailureAnswersAGeneric500WithoutDetails() throws Exception {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = WebSettings.LOOPBACK;
            config.routes.get("/boom", ctx -> {
                throw new IllegalStateException("secret detail at /home/coach/plan.xlsx");
            });
            ErrorAnswers.register(config.routes);
        }).start(0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/boom")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, response.statusCode());
            assertEquals(ErrorAnswers.UNEXPECTED,
                    WebJson.MAPPER.readTree(response.body()).path("error").path("message").asText());
            assertFalse(response.body().contains("secret") || response.body().contains("IllegalState"), response.body());
        } finally {
            app.stop();
        }
    }
}
