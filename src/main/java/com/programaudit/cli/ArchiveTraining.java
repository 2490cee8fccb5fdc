package com.programaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JVM that records the class archive (see {@link TunedJvm#record}) audits a small program of each
 * kind the importer reads (.xlsx, .xls, .csv) into each report format, printing nothing, and nothing else.
 * The archive holds only the classes its run loaded: recorded by a first run over CSV files alone (the bundled
 * sample programs), it missed the .xlsx and .xls readers, and every later audit of a workbook loaded
 * and verified about 1,300 classes from the jar again (batch300: 3.2 s with a full archive, 3.6-3.8 s
 * without). Once per build of the jar, after the user's first audit, whose output is printed by then.
 */
final class ArchiveTraining {
    /** Set on the child JVM that records the archive. */
    static final String PROPERTY = "programaudit.trainArchive";
    /**
     * One of each kind, and an .xlsx with a shared-strings table besides the one without (inline strings), one of its
     * exercises misspelled ("Lyng Leg Curll"): most workbooks have the table and some name the catalog only nearly
     * matches, and those readers' classes and lambdas were loaded from the jar at every audit otherwise.
     */
    static final List<String> INPUTS = List.of("ben_strength_weeks.xlsx", "dan_full_body.xlsx", "carla_weeks_across.xls",
            "anna_upper_lower.csv");
    static final List<String> FORMATS = List.of("json", "html", "md", "text");

    private ArchiveTraining() { }

    /** Whether this JVM records the archive (see {@link TunedJvm#record}): it trains, and runs no command of its own. */
    static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * The exit status of each training audit, one per format. Nothing printed (the audits' log is muted),
     * nothing left behind (the folder goes even when the JVM is stopped), and nothing thrown: the user's
     * command is over and its exit status stands.
     */
    static List<Integer> train(String[] userArgs) {
        List<Integer> statuses = new ArrayList<>();
        Path folder = null;
        Thread cleanUp = null;
        Runnable unmute = muteLog();
        try {
            folder = Files.createTempDirectory("program-audit-training");
            Path made = folder;
            cleanUp = new Thread(() -> delete(made));
            Runtime.getRuntime().addShutdownHook(cleanUp);
            Path inputs = Files.createDirectory(folder.resolve("inputs"));
            for (String name : INPUTS) {
                try (InputStream in = ArchiveTraining.class.getResourceAsStream("/archive-training/" + name)) {
                    if (in == null) continue;
                    Files.copy(in, inputs.resolve(name));
                }
            }
            for (String format : FORMATS) {
                List<String> args = new ArrayList<>(List.of("audit", inputs.toString(), "--format", format,
                        "--out", folder.resolve(format).toString(), "--fail-on", "never"));
                args.addAll(rulesOption(userArgs));
                statuses.add(Main.commandLine().setOut(silent()).setErr(silent()).execute(args.toArray(String[]::new)));
            }
        } catch (Throwable e) {
            // an error too (out of metaspace, say): the archive then holds what the user's own run loaded
        } finally {
            unmute.run();
            delete(folder);
            if (cleanUp != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanUp);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook deletes the folder (again)
                }
            }
        }
        return statuses;
    }

    /** Turns the log off (it goes to stderr, about files the user never named); returns what turns it back. */
    private static Runnable muteLog() {
        if (!(org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context)) return () -> { };
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.OFF);
        return () -> root.setLevel(level);
    }

    /** The rules the user's command named, so that training loads the rule base it compiled, not another. */
    static List<String> rulesOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--rules=")) return List.of(args[i]);
            if (args[i].equals("--rules") && i + 1 < args.length) return List.of("--rules", args[i + 1]);
        }
        return List.of();
    }

    private static PrintWriter silent() { return new PrintWriter(Writer.nullWriter()); }

    private static void delete(Path folder) {
        if (folder == null) return;
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind
        }
    }
}
