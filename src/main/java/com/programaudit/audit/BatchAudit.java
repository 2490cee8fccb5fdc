package com.programaudit.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Audits many files on all cores with one shared rule base; results come back in input order. */
public final class BatchAudit {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchAudit.class);
    private final AuditService service;
    private final int threads;

    public BatchAudit(AuditService service, int threads) {
        this.service = service;
        this.threads = Math.max(1, threads);
    }

    public List<AuditReport> run(List<Path> files, Consumer<Path> onFileDone) throws InterruptedException {
        List<AuditReport> reports = new ArrayList<>();
        runByFile(files, onFileDone).values().forEach(reports::addAll);
        return reports;
    }

    /** The reports of each input file (a file may hold several programs), in input order. */
    public Map<Path, List<AuditReport>> runByFile(List<Path> files, Consumer<Path> onFileDone)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
        try {
            Map<Path, Future<List<AuditReport>>> futures = new LinkedHashMap<>();
            for (Path file : files) {
                if (futures.containsKey(file)) continue; // named twice: audited once
                futures.put(file, pool.submit(() -> {
                    List<AuditReport> reports = service.audit(file);
                    onFileDone.accept(file);
                    return reports;
                }));
            }
            Map<Path, List<AuditReport>> reports = new LinkedHashMap<>();
            for (Map.Entry<Path, Future<List<AuditReport>>> future : futures.entrySet()) {
                try {
                    reports.put(future.getKey(), future.getValue().get());
                } catch (ExecutionException e) {
                    // a failure outside the audit's own handling still costs only this file
                    LOG.error("Auditing {} failed", future.getKey(), e.getCause());
                    String name = future.getKey().getFileName().toString();
                    reports.put(future.getKey(), List.of(AuditReport.unreadable(name, AuditService.stem(name),
                            new AuditReport.ReadError("The audit failed unexpectedly on this file.", null, null))));
                }
            }
            return ReportNames.unique(reports);
        } finally {
            pool.shutdownNow();
        }
    }
}
