package com.programaudit.accept;

import com.programaudit.audit.Accepted;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Moves the findings an ignore covers from a report's counted findings to its accepted ones. */
public final class Acceptance {
    private Acceptance() { }

    /** One way of accepting findings: a cell marker, a line of an ignore file. */
    public interface Ignore {
        boolean covers(Finding finding);
        String reason();
        Accepted.Source source();
    }

    /** The report with every covered finding accepted by the first ignore that covers it; {@code used} collects those ignores. */
    public static AuditReport apply(AuditReport report, List<? extends Ignore> ignores, Set<Ignore> used) {
        if (!report.readable() || ignores.isEmpty()) return report;
        List<Finding> counted = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        for (Finding finding : report.findings()) {
            // a report that an ignore went unused is about the ignores themselves: none accepts it
            if (finding.getRule().equals(UnusedIgnore.RULE)) {
                counted.add(finding);
                continue;
            }
            Ignore by = ignores.stream().filter(i -> i.covers(finding)).findFirst().orElse(null);
            if (by == null) {
                counted.add(finding);
            } else {
                used.add(by);
                accepted.add(new Accepted(finding, by.reason(), by.source()));
            }
        }
        return accepted.isEmpty() ? report : report.withAccepted(counted, accepted);
    }
}
