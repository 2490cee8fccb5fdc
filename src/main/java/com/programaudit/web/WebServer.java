package com.programaudit.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The upload page and the JSON API on one embedded Jetty (Javalin): routes, limits and error answers
 * are declared up front; the rules reload in the background while it runs.
 */
public final class WebServer implements AutoCloseable {
    private final LiveRules rules;
    private final WebSettings settings;
    private final Javalin app;
    private RulesWatcher watcher;

    public WebServer(LiveRules rules, WebSettings settings) {
        this.rules = rules;
        this.settings = settings;
        this.app = Javalin.create(this::configure);
    }

    private void configure(JavalinConfig config) {
        MemoryBudget memory = new MemoryBudget(settings.effectiveMemoryBudget());
        UploadRequests uploads = new UploadRequests(new BodyReader(settings.maxUploadBytes(), settings.bodyRate(), memory),
                new Uploads(settings.maxUploadBytes()), UploadSlots.forThisMachine());
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        // a path that exists with another method answers 405, not "nothing at" it
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        config.routes.before(SecurityHeaders::apply);
        // listening on this machine only, only this machine's names are answered (DNS rebinding)
        if (WebSettings.isLoopback(settings.host())) config.routes.before(LoopbackHost::check);
        config.routes.before(SameOrigin::check);
        if (settings.token() != null) new AccessToken(settings.token()).register(config.routes);
        new AuditApi(rules, uploads).register(config.routes);
        new AuditPage(rules, uploads).register(config.routes);
        new RulesPage(rules).register(config.routes);
        ErrorAnswers.register(config.routes);
    }

    /** Starts listening (port 0 picks a free port) and watching the rules folder. */
    public WebServer start() {
        if (settings.refusal() != null) throw new IllegalStateException(settings.refusal());
        app.start(settings.port());
        watcher = RulesWatcher.start(rules, settings.reloadInterval());
        return this;
    }

    public int port() { return app.port(); }

    public String url() { return url(settings.host(), port()); }

    /** An IPv6 address goes in brackets, as URLs write it ({@code http://[::1]:8080/}). */
    static String url(String host, int port) {
        String inUrl = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + inUrl + ":" + port + "/";
    }

    @Override public void close() {
        if (watcher != null) watcher.close();
        app.stop();
    }
}
