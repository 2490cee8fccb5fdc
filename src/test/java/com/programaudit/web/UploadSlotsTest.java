package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.http.ServiceUnavailableResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Uploads beyond the slots wait, and answer 503 when no slot frees in time. */
class UploadSlotsTest {
    @Test
    void aRequestThatFindsNoFreeSlotInTimeIsTurnedAway() throws Exception {
        UploadSlots slots = new UploadSlots(1, Duration.ofMillis(200));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }));
        holding.await();
        ServiceUnavailableResponse busy = assertThrows(ServiceUnavailableResponse.class, () -> slots.run(() -> "second"));
        assertEquals(503, busy.getStatus());
        release.countDown();
        assertEquals("first", first.get());
        assertEquals("third", slots.run(() -> "third"), "a freed slot is used again");
    }
}
