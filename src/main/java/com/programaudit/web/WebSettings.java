package com.programaudit.web;

import java.time.Duration;

/**
 * How the server runs: where it listens (loopback by default: the page is for the coach's own
 * machine), how large one upload request may be, how slowly its body may arrive, how many upload
 * bytes may be held in memory at once, the credential it asks for (null: none) and how often the
 * rules folder is checked.
 */
public record WebSettings(String host, int port, long maxUploadBytes, Duration reloadInterval, BodyRate bodyRate,
                          long memoryBudgetBytes, String token) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_MAX_UPLOAD_MB = 20;

    /**
     * The slowest body the server waits for: after {@code grace}, at least {@code bytesPerSecond} on
     * average since the request began. A client trickling bytes is cut off instead of holding a thread
     * and memory for as long as it likes.
     */
    public record BodyRate(long bytesPerSecond, Duration grace) {
        public static final BodyRate DEFAULT = new BodyRate(4 * 1024, Duration.ofSeconds(10));
    }

    public static WebSettings defaults(int port) {
        long maxUpload = DEFAULT_MAX_UPLOAD_MB * 1024L * 1024L;
        return new WebSettings(LOOPBACK, port, maxUpload, Duration.ofSeconds(1), BodyRate.DEFAULT, 0, null);
    }

    /** The bytes of uploads held at once: a quarter of the heap, and always room for one largest upload. */
    public long effectiveMemoryBudget() {
        long oneUpload = Uploads.maxRequestBytes(maxUploadBytes);
        long budget = memoryBudgetBytes > 0 ? memoryBudgetBytes : Runtime.getRuntime().maxMemory() / 4;
        return Math.max(budget, oneUpload);
    }

    /**
     * Why this server must not start, or null: listening beyond this machine without a credential would
     * hand the upload page and the API to anyone who can reach it.
     */
    public String refusal() {
        if (token != null || isLoopback(host)) return null;
        return "Refusing to serve on " + host + " without a credential: anyone who can reach this machine could use it."
                + " Give --token TOKEN, --token-file FILE or PROGRAM_AUDIT_TOKEN, or listen on " + LOOPBACK + ".";
    }

    static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    public WebSettings withMaxUploadBytes(long bytes) {
        return new WebSettings(host, port, bytes, reloadInterval, bodyRate, memoryBudgetBytes, token);
    }

    public WebSettings withReloadInterval(Duration interval) {
        return new WebSettings(host, port, maxUploadBytes, interval, bodyRate, memoryBudgetBytes, token);
    }

    public WebSettings withHost(String newHost) {
        return new WebSettings(newHost, port, maxUploadBytes, reloadInterval, bodyRate, memoryBudgetBytes, token);
    }

    public WebSettings withBodyRate(BodyRate rate) {
        return new WebSettings(host, port, maxUploadBytes, reloadInterval, rate, memoryBudgetBytes, token);
    }

    public WebSettings withMemoryBudget(long bytes) {
        return new WebSettings(host, port, maxUploadBytes, reloadInterval, bodyRate, bytes, token);
    }

    /** Every request must then carry this token (a bearer header or the login cookie). */
    public WebSettings withToken(String newToken) {
        return new WebSettings(host, port, maxUploadBytes, reloadInterval, bodyRate, memoryBudgetBytes, newToken);
    }
}
