package com.programaudit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** program-audit: audits coach spreadsheets against rules about training to failure. */
@Command(name = "program-audit", mixinStandardHelpOptions = true, version = "program-audit 0.1",
        description = "Audits strength-training programs in spreadsheets against evidence-based rules about training to failure.",
        subcommands = {AuditCommand.class, ShowCommand.class, RulesCommand.class, ServeCommand.class})
public final class Main {
    public static void main(String[] args) {
        // before anything else is loaded: the command may run in a JVM tuned for it (see TunedJvm)
        java.util.Optional<Integer> child = TunedJvm.run(args);
        System.exit(child.isPresent() ? child.get() : run(args));
    }

    private static int run(String[] args) {
        int status = commandLine().execute(args);
        if (ArchiveTraining.wanted()) {
            System.out.flush();
            ArchiveTraining.train(args);
        }
        return status;
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::failed);
    }

    /** Anything a command did not handle: one line in words, exit 2; the details go to the log. */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("{} failed", command.getCommandName(), e);
        TerminalWriter.of(command.getErr()).println("program-audit " + command.getCommandName() + ": " + ErrorWords.of(e));
        return ExitCodes.USAGE;
    }
}
