package com.programaudit.cli;

import com.programaudit.engine.RuleBook;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** program-audit: audits coach spreadsheets against rules about training to failure. */
@Command(name = "program-audit", mixinStandardHelpOptions = true, version = "program-audit 0.1",
        description = "Audits strength-training programs in spreadsheets against evidence-based rules about training to failure.")
public final class Main {
    public static void main(String[] args) {
        // before anything else is loaded: the command may run in a JVM tuned for it (see TunedJvm)
        java.util.Optional<Integer> child = TunedJvm.run(args);
        System.exit(child.isPresent() ? child.get() : runWithItsClasses(args));
    }

    /**
     * {@link #run}, or a line saying what is missing when program-audit.jar was copied without the lib folder that
     * holds everything but its launcher (see pom.xml), rather than a stack trace.
     */
    private static int runWithItsClasses(String[] args) {
        try {
            return run(args);
        } catch (NoClassDefFoundError e) {
            if (Main.class.getResource("/com/programaudit/engine/RuleBook.class") != null) throw e;
            System.err.println("program-audit: the rest of its classes are missing (" + e.getMessage() + "): program-audit.jar"
                    + " needs the lib folder the build writes beside it (target/lib/); copy both, or run lib/program-audit-app.jar alone.");
            return ExitCodes.USAGE;
        }
    }

    static int run(String[] args) {
        // an audit loads its rules folder while picocli builds the command line and parses the arguments
        if (args.length > 0 && args[0].equals("audit")) RuleBook.prestart(RulesFolder.resolve(rulesFolderOption(args)));
        if (ArchiveTraining.wanted()) {
            // the JVM that records the class archive after the user's audit ran in another (TunedJvm#record)
            ArchiveTraining.train(args);
            return ExitCodes.CLEAN;
        }
        return commandLine(args).execute(args);
    }

    /** The --rules folder as picocli will read it ("--rules DIR" or "--rules=DIR"), or null when not given. */
    static java.nio.file.Path rulesFolderOption(String[] args) {
        java.util.List<String> option = ArchiveTraining.rulesOption(args);
        if (option.isEmpty()) return null;
        String value = option.size() == 2 ? option.get(1) : option.get(0).substring("--rules=".length());
        try {
            return java.nio.file.Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // picocli reports it
        }
    }

    /** The subcommands, in the order the usage lists them: a class of their own, so the first JVM never makes them. */
    private static final class Subcommands {
        static final Map<String, Supplier<Object>> BY_NAME = new LinkedHashMap<>();
        static {
            BY_NAME.put("audit", AuditCommand::new);
            BY_NAME.put("show", ShowCommand::new);
            BY_NAME.put("rules", RulesCommand::new);
            BY_NAME.put("serve", ServeCommand::new);
        }
    }

    /** The command line with every subcommand, as the usage, --version or a mistyped command needs it. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for these arguments: when they name a subcommand, only that one is built. Picocli reads each
     * command's annotations by reflection, and building all of them was most of what a run did before its work.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine line = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 ? Subcommands.BY_NAME.get(args[0]) : null;
        if (named != null) line.addSubcommand(named.get());
        else Subcommands.BY_NAME.values().forEach(command -> line.addSubcommand(command.get()));
        // after the subcommands are added: these settings reach only the commands present when they are set
        return line.setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(Main::failed);
    }

    /** Anything a command did not handle: one line in words, exit 2; the details go to the log. */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("{} failed", command.getCommandName(), e);
        TerminalWriter.of(command.getErr()).println("program-audit " + command.getCommandName() + ": " + ErrorWords.of(e));
        return ExitCodes.USAGE;
    }
}
