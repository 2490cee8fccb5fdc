package com.programaudit.audit;

import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RulesLoading;
import com.programaudit.importer.ProgramImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Audits many files on all cores with one shared rule base. Each file's reports go to a sink in input
 * order as soon as they and the files before them are done; at most a few files per thread are in
 * flight, so a batch's memory is bounded by the work in flight, not by the number of files.
 * A batch may {@link #start} reading its first files before the rules are loaded: each file is read,
 * then audited once the service is there.
 */
public final class BatchAudit {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchAudit.class);
    /** Files audited or waiting for an earlier file per thread: enough to keep a thread busy behind a slow file. */
    private static final int IN_FLIGHT_PER_THREAD = 2;
    /** Files in flight per thread while the rules load: read ahead, they wait for the rule base (a cold start read its 4 a thread and idled ~0.2 s before it was there). */
    private static final int IN_FLIGHT_PER_THREAD_WHILE_LOADING = 8;
    private final ProgramImporter importer;
    private final CompletableFuture<AuditService> service;
    private final int threads;
    private ExecutorService pool;
    private List<Path> batch;
    private Iterator<Path> next;
    private final Deque<Map.Entry<Path, Future<List<AuditReport>>>> inFlight = new ArrayDeque<>();

    public BatchAudit(AuditService service, int threads) {
        this(service.importer(), CompletableFuture.completedFuture(service), threads);
    }

    private BatchAudit(ProgramImporter importer, CompletableFuture<AuditService> service, int threads) {
        this.importer = importer;
        this.service = service;
        this.threads = Math.max(1, threads);
    }

    /**
     * A batch that may {@link #start} reading files while the rules still load (their catalog and words are
     * read); its audits wait for {@link #rulesLoaded}. Empty when the folder already has a problem.
     */
    public static Optional<BatchAudit> whileLoading(RulesLoading loading, int threads) {
        return loading.catalog().map(catalog ->
                new BatchAudit(new ProgramImporter(catalog, loading.layouts()), new CompletableFuture<>(), threads));
    }

    /** The rules this batch's files are audited with, once loaded; a batch made with its service has them already. */
    public void rulesLoaded(RuleBook book) {
        if (!service.isDone()) service.complete(new AuditService(book, importer));
    }

    /** Receives the reports of each input file (a file may hold several programs), in input order. */
    @FunctionalInterface
    public interface FileReports {
        void accept(Path file, List<AuditReport> reports) throws IOException;
    }

    /** Every report of a batch in one list: for callers that keep them anyway (tests, benchmarks). */
    public List<AuditReport> run(List<Path> files, Consumer<Path> onFileDone) throws InterruptedException {
        List<AuditReport> reports = new ArrayList<>();
        try {
            run(files, onFileDone, (file, ofFile) -> reports.addAll(ofFile));
        } catch (IOException e) {
            throw new AssertionError("collecting in memory does no I/O", e);
        }
        return reports;
    }

    /**
     * Starts reading the first files (each file named twice is audited once); {@link #run} goes on from there.
     * A BatchAudit audits one batch: starting it again with other files is a mistake, refused.
     */
    public void start(List<Path> files) {
        List<Path> distinct = files.stream().distinct().toList();
        if (pool != null) {
            if (!distinct.equals(batch)) throw new IllegalStateException("this batch was started with other files");
            return;
        }
        batch = distinct;
        pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, distinct.size())));
        next = distinct.iterator();
        fill();
    }

    /** Stops a started batch that will not be run (the rules did not load). */
    public void cancel() {
        if (pool != null) pool.shutdownNow();
    }

    /** Audits each file once (a file named twice is audited once) and hands its reports to {@code sink}. */
    public void run(List<Path> files, Consumer<Path> onFileDone, FileReports sink)
            throws InterruptedException, IOException {
        start(files);
        try {
            ReportNames names = new ReportNames();
            while (!inFlight.isEmpty()) {
                Map.Entry<Path, Future<List<AuditReport>>> oldest = inFlight.remove();
                List<AuditReport> reports = reports(oldest.getKey(), oldest.getValue());
                onFileDone.accept(oldest.getKey());
                fill();
                sink.accept(oldest.getKey(), names.next(reports));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void fill() {
        // while the rules load, read further ahead: the readers would otherwise wait idle for the rule base
        int limit = threads * (service.isDone() ? IN_FLIGHT_PER_THREAD : IN_FLIGHT_PER_THREAD_WHILE_LOADING);
        while (next.hasNext() && inFlight.size() < limit) {
            Path file = next.next();
            Future<List<AuditReport>> audit = CompletableFuture.supplyAsync(() -> AuditService.read(importer, file), pool)
                    .thenCombineAsync(service, (imported, auditing) -> auditing.audit(imported), pool);
            inFlight.add(new SimpleImmutableEntry<>(file, audit));
        }
    }

    private static List<AuditReport> reports(Path file, Future<List<AuditReport>> audit) throws InterruptedException {
        try {
            return audit.get();
        } catch (ExecutionException e) {
            // a failure outside the audit's own handling still costs only this file
            LOG.error("Auditing {} failed", file, e.getCause());
            String name = file.getFileName().toString();
            return List.of(AuditReport.unreadable(name, AuditService.stem(name),
                    new AuditReport.ReadError("The audit failed unexpectedly on this file.", null, null)));
        }
    }
}
