package com.programaudit.web;

import io.javalin.http.ServiceUnavailableResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many uploads are audited at once (the CPU and the audit's own memory). A request takes a
 * slot only once its body has been read (see {@link UploadRequests}); one that waits too long for a
 * slot answers 503 instead of piling up.
 */
final class UploadSlots {
    private final Semaphore slots;
    private final Duration wait;

    UploadSlots(int count, Duration wait) {
        this.slots = new Semaphore(Math.max(1, count), true);
        this.wait = wait;
    }

    /** Two per core, at least four: audits are CPU-bound, and a few may wait on their upload. */
    static UploadSlots forThisMachine() {
        return new UploadSlots(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(30));
    }

    <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ServiceUnavailableResponse("The server is busy auditing other uploads; try again in a moment.");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
