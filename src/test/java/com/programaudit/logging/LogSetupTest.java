package com.programaudit.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The logging the jar sets up in code: what the logback.xml it replaces said. */
class LogSetupTest {
    @Test
    void warningsGoToStderrInOneLineAndDroolsOnlyForErrors() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's SLF4J provider sets it
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, setup.configure(context));
            context.getLogger("com.programaudit.engine.CachedRuleBase").warn("The cached rules do not load");
            context.getLogger("com.programaudit.engine.CachedRuleBase").info("not shown");
            context.getLogger("org.drools.core.Something").warn("not shown either");
            context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").error("a build error, said elsewhere");
            context.getLogger("com.programaudit.web.WebServer").info("Reloaded the rules");
            assertEquals(Level.WARN, context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel());
        } finally {
            System.setErr(err);
            context.stop();
        }
        String lines = captured.toString(StandardCharsets.UTF_8);
        assertEquals("WARN  c.p.e.CachedRuleBase - The cached rules do not load\n"
                + "INFO  c.p.web.WebServer - Reloaded the rules\n", lines);
    }

    @Test
    void aConfigurationFileTheUserNamesIsReadInstead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path theirs = java.nio.file.Files.writeString(dir.resolve("their-logback.xml"), "<configuration/>");
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, configuredWith(theirs.toString()));
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, configuredWith(theirs.toUri().toString()));
    }

    /** Logback's own default for a file it cannot find is DEBUG on stdout, which would break a JSON report. */
    @Test
    void aConfigurationFileThatIsNotThereIsNotLeftToLogbacksDefault(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configuredWith(dir.resolve("missing.xml").toString()));
        assertEquals(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configuredWith("logback.xml"));
    }

    private static Configurator.ExecutionStatus configuredWith(String file) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        LogSetup setup = new LogSetup();
        setup.setContext(context);
        System.setProperty("logback.configurationFile", file);
        try {
            Configurator.ExecutionStatus status = setup.configure(context);
            assertEquals(status == Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY,
                    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
            return status;
        } finally {
            System.clearProperty("logback.configurationFile");
            context.stop();
        }
    }
}
