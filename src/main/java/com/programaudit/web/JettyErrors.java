package com.programaudit.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches the routes (an ambiguous path such as /../, a malformed
 * request line, headers too large) in the API's JSON error body instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
    private static final HttpField JSON = new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");

    static String body(int status, String reason) {
        String what = HttpStatus.getMessage(status);
        String message = "The request was refused (" + status + " " + what + ")"
                + (reason == null || reason.isBlank() || reason.equals(what) ? "." : ": " + reason + ".");
        return WebJson.write(WebJson.errorBody(message));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(JSON);
        response.write(true, ByteBuffer.wrap(body(code, message).getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** Requests the HTTP parser refuses: answered on the connection before any handler runs. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON);
        return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
    }
}
