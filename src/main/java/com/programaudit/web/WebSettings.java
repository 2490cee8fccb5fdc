package com.programaudit.web;

import java.time.Duration;

/**
 * How the server runs: where it listens (loopback by default: the page is for the coach's own
 * machine), how large one upload request may be, and how often the rules folder is checked.
 */
public record WebSettings(String host, int port, long maxUploadBytes, Duration reloadInterval) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_MAX_UPLOAD_MB = 20;

    public static WebSettings defaults(int port) {
        return new WebSettings(LOOPBACK, port, DEFAULT_MAX_UPLOAD_MB * 1024L * 1024L, Duration.ofSeconds(1));
    }

    public WebSettings withMaxUploadBytes(long bytes) { return new WebSettings(host, port, bytes, reloadInterval); }

    public WebSettings withReloadInterval(Duration interval) { return new WebSettings(host, port, maxUploadBytes, interval); }

    public WebSettings withHost(String newHost) { return new WebSettings(newHost, port, maxUploadBytes, reloadInterval); }
}
