package com.programaudit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One request written byte for byte on a socket (no client library to tidy its path), and its answer. */
final class RawHttp {
    private RawHttp() { }

    static String send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException e) {
                if (answer.size() == 0) throw e;
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    static String get(int port, String target) throws IOException {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
    }
}
