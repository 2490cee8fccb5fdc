package com.programaudit.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Reads a request body into memory before the request may take an upload slot, so a client that sends
 * slowly holds neither a slot nor more memory than it has sent. The body must stay under the size
 * limit (413), arrive at the minimum rate (408) and fit the memory budget (503); the 413 and 503 are
 * answered once the body has been read through, so the client reads the answer instead of a reset.
 */
final class BodyReader {
    /** Memory is taken from the budget a chunk at a time, as bytes arrive. */
    static final int CHUNK = 64 * 1024;
    /** How much of an oversized body is read (and dropped) so the client can still read the 413. */
    private static final int DISCARD_FACTOR = 10;

    private final long maxUploadBytes;
    private final WebSettings.BodyRate rate;
    private final MemoryBudget budget;

    BodyReader(long maxUploadBytes, WebSettings.BodyRate rate, MemoryBudget budget) {
        this.maxUploadBytes = maxUploadBytes;
        this.rate = rate;
        this.budget = budget;
    }

    private long maxRequestBytes() { return Uploads.maxRequestBytes(maxUploadBytes); }

    RequestBody read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        Reading reading = new Reading(System.nanoTime());
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxRequestBytes()) {
                reading.drain(in, DISCARD_FACTOR * maxUploadBytes);
                throw tooLarge(ctx);
            }
            reading.keep(in);
            if (reading.total > maxRequestBytes()) {
                reading.drain(in, DISCARD_FACTOR * maxUploadBytes);
                throw tooLarge(ctx);
            }
            if (reading.refused) {
                throw new ServiceUnavailableResponse("The server is holding as many uploads as its memory allows; "
                        + "try again in a moment.");
            }
            return reading.body();
        } catch (TooSlow e) {
            throw tooSlow(ctx);
        } catch (IOException e) {
            reading.release();
            if (isTimeout(e)) throw tooSlow(ctx);
            throw new BadRequestResponse("The upload was cut short before its end.");
        } catch (RuntimeException e) {
            reading.release();
            throw e;
        }
    }

    /** One body being read: its chunks, what they took from the budget, and the rate so far. */
    private final class Reading {
        private final long started;
        private final List<byte[]> chunks = new ArrayList<>();
        private int used = CHUNK;
        private long reserved;
        private long total;
        private boolean refused;

        Reading(long started) { this.started = started; }

        /** Reads to the end, keeping the bytes while the budget allows and dropping them after. */
        void keep(InputStream in) throws IOException {
            byte[] scratch = null;
            while (total <= maxRequestBytes()) {
                if (!refused && used == CHUNK) {
                    if (budget.tryReserve(CHUNK)) {
                        reserved += CHUNK;
                        chunks.add(new byte[CHUNK]);
                        used = 0;
                    } else {
                        release(); // turned away: what was kept goes back at once, the rest is read and dropped
                        refused = true;
                    }
                }
                int n;
                if (refused) {
                    if (scratch == null) scratch = new byte[8 * 1024];
                    n = in.read(scratch);
                } else {
                    n = in.read(chunks.get(chunks.size() - 1), used, CHUNK - used);
                }
                if (n < 0) return;
                if (!refused) used += n;
                count(n);
            }
        }

        void drain(InputStream in, long atMost) throws IOException {
            byte[] scratch = new byte[8 * 1024];
            for (int n; total < atMost && (n = in.read(scratch)) >= 0; ) count(n);
        }

        private void count(int n) {
            total += n;
            long elapsed = System.nanoTime() - started;
            if (elapsed > rate.grace().toNanos() && total * 1_000_000_000d / elapsed < rate.bytesPerSecond()) {
                release();
                throw new TooSlow();
            }
        }

        RequestBody body() {
            RequestBody body = new RequestBody(chunks, chunks.isEmpty() ? 0 : used, budget, reserved);
            reserved = 0;
            return body;
        }

        void release() {
            budget.release(reserved);
            reserved = 0;
            chunks.clear();
        }
    }

    /** Thrown from inside the read loop; answered as 408 with the connection closed. */
    private static final class TooSlow extends RuntimeException {
        TooSlow() { super(null, null, false, false); }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof TimeoutException) return true;
        return false;
    }

    private HttpResponseException tooSlow(Context ctx) {
        ctx.header("Connection", "close");
        return new HttpResponseException(HttpStatus.REQUEST_TIMEOUT.getCode(), "The upload arrived too slowly (under "
                + rate.bytesPerSecond() + " bytes a second); the server stopped waiting for it.");
    }

    private HttpResponseException tooLarge(Context ctx) {
        ctx.header("Connection", "close");
        return Uploads.tooLarge(maxUploadBytes);
    }
}
