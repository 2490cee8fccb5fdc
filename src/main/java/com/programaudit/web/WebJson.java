package com.programaudit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** JSON answers, written with the same Jackson the reports use. */
final class WebJson {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private WebJson() { }

    static ObjectNode object() { return MAPPER.createObjectNode(); }

    static void send(Context ctx, int status, Object tree) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(write(tree));
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** REPORT.md's error body: {"error":{"message":…}}. */
    static void error(Context ctx, int status, String message) {
        send(ctx, status, errorBody(message));
    }

    static ObjectNode errorBody(String message) {
        ObjectNode body = object();
        body.putObject("error").put("message", message);
        return body;
    }
}
