package com.programaudit.cli;

import com.programaudit.engine.RuleLoadException;
import com.programaudit.web.LiveRules;
import com.programaudit.web.WebServer;
import com.programaudit.web.WebSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `serve`: the upload page and JSON API on localhost, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the upload page and the JSON API on localhost; the rules reload when their files change.",
                "Listening beyond this machine (--host 0.0.0.0 or any non-loopback address) needs a credential: --token,"
                        + " --token-file or the PROGRAM_AUDIT_TOKEN environment variable."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:stopped", "2:bad usage, the rules do not compile, the port cannot be opened, or a non-loopback"
                + " address without a credential"})
final class ServeCommand implements Callable<Integer> {
    static final String TOKEN_VARIABLE = "PROGRAM_AUDIT_TOKEN";

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: rules/)")
    Path rules;

    @Option(names = "--host", defaultValue = WebSettings.LOOPBACK, paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Option(names = "--max-upload-mb", defaultValue = "" + WebSettings.DEFAULT_MAX_UPLOAD_MB, paramLabel = "MB",
            description = "largest upload request in MB (default: ${DEFAULT-VALUE})")
    int maxUploadMb;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "require this token of every request (Authorization: Bearer TOKEN, or sign in once at /login)")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "read the token from this file (its first line)")
    Path tokenFile;

    @Spec CommandSpec spec;

    @Override public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || maxUploadMb < 1) {
            err.println("--port must be 0-65535 and --max-upload-mb at least 1.");
            return ExitCodes.USAGE;
        }
        String credential;
        try {
            credential = credential();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        WebSettings settings = WebSettings.defaults(port).withHost(host).withMaxUploadBytes(maxUploadMb * 1024L * 1024L)
                .withToken(credential);
        if (settings.refusal() != null) {
            err.println(settings.refusal());
            return ExitCodes.USAGE;
        }
        Path folder = RulesFolder.resolve(rules);
        LiveRules live;
        try {
            live = LiveRules.load(folder);
        } catch (RuleLoadException e) {
            err.println("The rules folder does not load:");
            e.problems().forEach(p -> err.println("  " + p));
            return ExitCodes.USAGE;
        }
        WebServer server = new WebServer(live, settings);
        try {
            server.start();
        } catch (RuntimeException e) {
            err.println("Cannot serve on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-shutdown"));
        TunedJvm.endWithTheFirstJvm();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Serving %s (%d rules from %s; they reload when the folder changes)%s. Ctrl-C stops.%n",
                server.url(), live.current().book().rules().size(), folder,
                credential == null ? "" : "; every request needs the token");
        out.flush();
        stopped.await();
        return ExitCodes.CLEAN;
    }

    /** --token, else --token-file, else PROGRAM_AUDIT_TOKEN, else none. */
    private String credential() {
        if (token != null && tokenFile != null) throw new IllegalArgumentException("Give --token or --token-file, not both.");
        String value = token;
        if (tokenFile != null) {
            try {
                value = Files.readAllLines(tokenFile).stream().findFirst().orElse("");
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new IllegalArgumentException("Cannot read the token file " + tokenFile + ": " + rootMessage(e));
            }
        }
        if (value == null) value = System.getenv(TOKEN_VARIABLE);
        if (value == null) return null;
        if (value.isBlank()) throw new IllegalArgumentException("The token is empty: give a non-empty --token, --token-file or "
                + TOKEN_VARIABLE + ".");
        return value.strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
