package com.programaudit.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's configuration, set in code (found through META-INF/services): reading a logback.xml started an
 * XML parser and Joran on every run, about 80 ms of CPU of a cold start. A file given with
 * {@code -Dlogback.configurationFile=FILE} that exists, or a logback-test.xml on the class path, is read instead.
 * <ul>
 * <li>logs go to stderr, so reports on stdout stay clean;</li>
 * <li>Drools is chatty at INFO: ERROR only, and KieProject not at all (it repeats every build error that
 * {@code rules check} already reports as file:line);</li>
 * <li>POI logs through the Log4j API, which is off (log4j2.component.properties);</li>
 * <li>the web server says when it reloads the rules (INFO); everything else from WARN.</li>
 * </ul>
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (namedFileExists(System.getProperty("logback.configurationFile"))
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        context.getLogger("org.drools").setLevel(Level.ERROR);
        context.getLogger("org.kie").setLevel(Level.ERROR);
        context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").setLevel(Level.OFF);
        context.getLogger("com.programaudit.web").setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Whether logback will find the file named (a URL, a path or a class-path resource, as logback reads it):
     * one it would not find must not leave logback to its default, DEBUG on stdout, in the middle of a report.
     */
    static boolean namedFileExists(String name) {
        if (name == null || name.isBlank()) return false;
        try {
            java.net.URL url = new java.net.URL(name);
            try (java.io.InputStream in = url.openStream()) {
                return true;
            }
        } catch (java.io.IOException | RuntimeException notAUrlOrMissing) {
            // a path or a resource
        }
        return new java.io.File(name).isFile() || LogSetup.class.getClassLoader().getResource(name) != null;
    }
}
