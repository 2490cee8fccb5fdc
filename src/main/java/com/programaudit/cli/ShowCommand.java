package com.programaudit.cli;

import com.programaudit.audit.AuditService;
import com.programaudit.engine.RuleBook;
import com.programaudit.model.ProgramFacts;
import com.programaudit.report.ReadingJson;
import com.programaudit.report.ReadingText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `show FILE`: how the importer read a spreadsheet, week by week, set by set, with source cells. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows how a spreadsheet was read: layout, sheets, every week, session, exercise and set"
                + " with its effort and source cell. Nothing is audited.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the file was read", "2:bad usage, or the file could not be read"})
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a spreadsheet (.xlsx, .xls, .csv)")
    Path file;

    @Mixin RulesOption rules;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for a person, the default) or json (for a script: every week, session, exercise and set"
                    + " with its source cells)")
    String format;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter err = TerminalWriter.of(spec.commandLine().getErr());
        boolean json = format.equalsIgnoreCase("json");
        if (!json && !format.equalsIgnoreCase("text")) {
            err.println("Unknown --format '" + format + "'; show writes text or json.");
            err.flush();
            return ExitCodes.USAGE;
        }
        // JSON escapes control characters itself, and scripts read its strings exactly as the coach wrote them
        PrintWriter out = json ? spec.commandLine().getOut() : TerminalWriter.of(spec.commandLine().getOut());
        Optional<RuleBook> book = rules.load(err);
        if (book.isEmpty()) return ExitCodes.USAGE;
        AuditService.Reading reading = new AuditService(book.get()).read(file);
        if (reading.error() != null) {
            err.println(reading.error().line(file.toString()));
            err.flush();
            if (json) {
                out.print(ReadingJson.error(file.getFileName().toString(), reading.error()));
                out.flush();
            }
            return ExitCodes.USAGE;
        }
        if (json) out.print(ReadingJson.render(reading.programs()));
        else for (ProgramFacts program : reading.programs()) out.print(ReadingText.render(program) + "\n");
        out.flush();
        return 0;
    }
}
