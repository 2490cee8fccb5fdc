package com.programaudit.cli;

import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The `--rules DIR` option every rules subcommand takes, and loading the folder it names. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: rules/)")
    Path rules;

    Path folder() { return RulesFolder.resolve(rules); }

    /** The compiled folder, or empty after printing each problem as file:line: message. */
    Optional<RuleBook> load(PrintWriter problems) {
        try {
            return Optional.of(RuleBook.load(folder()));
        } catch (RuleLoadException e) {
            e.problems().forEach(problems::println);
            problems.flush();
            return Optional.empty();
        }
    }
}
