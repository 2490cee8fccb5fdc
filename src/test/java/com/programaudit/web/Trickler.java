package com.programaudit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A client on a raw socket that sends an upload's headers, then its body one byte at a time at a few
 * bytes a second, and stops sending as soon as the server starts answering.
 */
final class Trickler implements AutoCloseable {
    private final Socket socket;
    private final Thread sender;
    private volatile long sent;

    Trickler(int port, String path, int contentLength, long millisPerByte) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(60_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: multipart/form-data; boundary=slow\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        sender = new Thread(() -> {
            try {
                byte[] body = ("--slow\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.csv\"\r\n\r\n"
                        + "x".repeat(contentLength)).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < contentLength && in.available() == 0; i++) {
                    out.write(body[i]);
                    out.flush();
                    sent++;
                    Thread.sleep(millisPerByte);
                }
            } catch (IOException | InterruptedException e) {
                // the server hung up, or the test is over
            }
        }, "trickler");
        sender.setDaemon(true);
        sender.start();
    }

    long sent() { return sent; }

    /** Whether the server has said anything yet (without waiting). */
    boolean answered() throws IOException { return socket.getInputStream().available() > 0; }

    /** The answer's status line, headers and body (by its Content-Length), without waiting for the server to hang up. */
    String answer() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int length = -1;
        for (int b; length < 0 && (b = in.read()) >= 0; ) {
            answer.write(b);
            String text = answer.toString(StandardCharsets.US_ASCII);
            if (text.endsWith("\r\n\r\n")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
                length = m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
        }
        answer.write(in.readNBytes(Math.max(0, length)));
        return answer.toString(StandardCharsets.UTF_8);
    }

    @Override public void close() throws IOException {
        sender.interrupt();
        socket.close();
    }
}
