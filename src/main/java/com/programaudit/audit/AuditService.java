package com.programaudit.audit;

import com.programaudit.engine.Audit;
import com.programaudit.engine.Auditor;
import com.programaudit.accept.InlineAcceptance;
import com.programaudit.engine.RuleBook;
import com.programaudit.model.IgnoreMarker;
import com.programaudit.importer.ImportException;
import com.programaudit.importer.ProgramImporter;
import com.programaudit.model.ProgramFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Audits spreadsheets: import, then one rule session per program. Shared by the CLI and the web app. */
public final class AuditService {
    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);

    private final RuleBook rules;
    private final Auditor auditor;
    private final ProgramImporter importer;

    public AuditService(RuleBook rules) {
        this(rules, new ProgramImporter(rules.catalog(), rules.layouts()));
    }

    /** {@code importer}: one made with the rule book's catalog before the rules were loaded (see BatchAudit). */
    AuditService(RuleBook rules, ProgramImporter importer) {
        this.rules = rules;
        this.auditor = new Auditor(rules);
        this.importer = importer;
    }

    public RuleBook rules() { return rules; }

    public ProgramImporter importer() { return importer; }

    public List<AuditReport> audit(Path file) {
        return audit(file, Map.of());
    }

    /** Audits with some policy values replaced: a rule test case run with the thresholds it was written for. */
    public List<AuditReport> audit(Path file, Map<String, String> policy) {
        return audit(read(importer, file), policy);
    }

    /**
     * A file's programs as {@code importer} reads them, or the report of why it has none: the first half
     * of an audit, which a batch starts while the rules are still loading.
     */
    public static Imported read(ProgramImporter importer, Path file) {
        String fileName = file.getFileName().toString();
        // a pipe or device would block the reader, perhaps forever: it is never opened
        if (isSpecial(file)) return new Imported(fileName, List.of(), List.of(refused(fileName, NOT_REGULAR)));
        return imported(fileName, () -> importer.read(file));
    }

    /** The programs one read gives, or the report of why it gave none: never an exception. */
    private static Imported imported(String fileName, Import read) {
        try {
            return new Imported(fileName, read.read(), null);
        } catch (ImportException e) {
            return new Imported(fileName, List.of(), List.of(unreadable(fileName, e)));
        } catch (OutOfMemoryError | RuntimeException e) {
            return new Imported(fileName, List.of(), List.of(failed(fileName, e)));
        }
    }

    /** A file read, not yet audited: its programs, or ({@code failed}) the report that says why it has none. */
    public record Imported(String fileName, List<ProgramFacts> programs, List<AuditReport> failed) { }

    /** The second half: the rules run over the programs read. */
    public List<AuditReport> audit(Imported imported) {
        return audit(imported, Map.of());
    }

    private List<AuditReport> audit(Imported imported, Map<String, String> policy) {
        if (imported.failed() != null) return imported.failed();
        try {
            return toReports(imported.fileName(), imported.programs(), policy);
        } catch (OutOfMemoryError | RuntimeException e) {
            return List.of(failed(imported.fileName(), e));
        }
    }

    public List<AuditReport> audit(String fileName, byte[] bytes) {
        return audit(imported(fileName, () -> importer.read(fileName, bytes)));
    }

    /** The programs of a file as the importer read them, without auditing ({@code show FILE}). */
    public Reading read(Path file) {
        if (isSpecial(file)) return new Reading(List.of(), new AuditReport.ReadError(NOT_REGULAR, null, null));
        try {
            return new Reading(importer.read(file), null);
        } catch (ImportException e) {
            return new Reading(List.of(), new AuditReport.ReadError(e.getMessage(), e.getSheet(), e.getCell()));
        }
    }

    private static final String NOT_REGULAR = "This is not a regular file (a pipe, device or socket); it was not opened.";

    private static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /** What {@link #read} found: the programs, or why there are none. */
    public record Reading(List<ProgramFacts> programs, AuditReport.ReadError error) { }

    private interface Import {
        List<ProgramFacts> read() throws ImportException;
    }

    /** What a coach reads for a failure the audit did not expect: never a stack trace, and the batch goes on. */
    private static AuditReport failed(String fileName, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            // the file's workbook is garbage now: one huge file must not end the whole batch
            return AuditReport.unreadable(fileName, stem(fileName), new AuditReport.ReadError(
                    "The file needs more memory than this audit has (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MB of heap, shared by the files audited at once); split it into smaller files or run"
                            + " with a larger -Xmx.", null, null));
        }
        LOG.error("Unexpected failure auditing {}", fileName, e);
        return AuditReport.unreadable(fileName, stem(fileName),
                new AuditReport.ReadError("The audit failed unexpectedly on this file.", null, null));
    }

    private List<AuditReport> toReports(String fileName, List<ProgramFacts> programs, Map<String, String> policy) {
        List<AuditReport> reports = new ArrayList<>();
        List<IgnoreMarker> markers = programs.isEmpty() ? List.of() : programs.get(0).ignores();
        for (ProgramFacts facts : programs) {
            Audit audit = auditor.audit(facts, policy);
            String name = programs.size() == 1 ? stem(fileName) : stem(fileName) + "." + slug(facts.program().getName());
            reports.add(new AuditReport(fileName, name, facts.program(), audit.findings(), null,
                    WeeklyLoad.count(facts, audit), null));
        }
        return InlineAcceptance.apply(ReportNames.unique(reports), markers, rules.ruleIds());
    }

    private static AuditReport unreadable(String fileName, ImportException e) {
        return AuditReport.unreadable(fileName, stem(fileName),
                new AuditReport.ReadError(e.getMessage(), e.getSheet(), e.getCell()));
    }

    /** The report of a file refused before it was read (an upload that is not a spreadsheet), named like any other. */
    public static AuditReport refused(String fileName, String why) {
        return AuditReport.unreadable(fileName, stem(fileName), new AuditReport.ReadError(why, null, null));
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Letters and digits of any script are kept: Иван Петров and 田中 太郎 were both "program", José "jos". */
    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-|-$");

    /** A client's name made safe for a file name; never used as a path on its own. */
    static String slug(String name) {
        String composed = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(composed.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.isEmpty()) return "program";
        // 60 characters at most, never half of one
        return slug.codePointCount(0, slug.length()) > 60 ? slug.substring(0, slug.offsetByCodePoints(0, 60)) : slug;
    }
}
