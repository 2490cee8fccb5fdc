package com.programaudit.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure answers with a JSON {"error":{"message":…}} body and never a stack trace; an
 * unexpected exception gets a generic message and its details go to the log only.
 */
final class ErrorAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);
    static final String UNEXPECTED = "The server failed unexpectedly while answering this request; the details are in its log.";

    private ErrorAnswers() { }

    static void register(RoutesConfig routes) {
        routes.exception(HttpResponseException.class, (e, ctx) -> WebJson.error(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            WebJson.error(ctx, 500, UNEXPECTED);
        });
        routes.error(404, ctx -> WebJson.error(ctx, 404, "There is nothing at " + ctx.method() + " " + ctx.path() + "."));
        routes.error(405, ctx -> WebJson.error(ctx, 405, ctx.path() + " does not answer " + ctx.method()
                + (ctx.res().getHeader("Allow") == null ? "." : "; it answers " + ctx.res().getHeader("Allow") + ".")));
    }
}
