package com.programaudit.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
        try {
            List<Future<List<AuditReport>>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    List<AuditReport> reports = service.audit(file);
                    onFileDone.accept(file);
                    return reports;
                }));
            }
            List<AuditReport> reports = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    reports.addAll(futures.get(i).get());
                } catch (ExecutionException e) {
                    // a failure outside the audit's own handling still costs only this file
                    LOG.error("Auditing {} failed", files.get(i), e.getCause());
                    String name = files.get(i).getFileName().toString();
                    reports.add(AuditReport.unreadable(name, AuditService.stem(name),
                            new AuditReport.ReadError("The audit failed unexpectedly on this file.", null, null)));
                }
            }
            return ReportNames.unique(reports);
        } finally {
            pool.shutdownNow();
        }
    }
}
