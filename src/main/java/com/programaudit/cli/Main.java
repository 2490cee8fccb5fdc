package com.programaudit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** program-audit: audits coach spreadsheets against rules about training to failure. */
@Command(name = "program-audit", mixinStandardHelpOptions = true, version = "program-audit 0.1",
        description = "Audits strength-training programs in spreadsheets against evidence-based rules about training to failure.",
        subcommands = {AuditCommand.class, RulesCommand.class, ServeCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
