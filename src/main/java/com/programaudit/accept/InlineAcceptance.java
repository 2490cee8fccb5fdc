package com.programaudit.accept;

import com.programaudit.audit.Accepted;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.Finding;
import com.programaudit.model.IgnoreMarker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a file's {@code audit-ignore} markers to the reports of its programs, and reports each
 * marker that accepted nothing as UNUSED_IGNORE at its cell (in the file's first report).
 */
public final class InlineAcceptance {
    private InlineAcceptance() { }

    public static List<AuditReport> apply(List<AuditReport> reports, List<IgnoreMarker> markers, Collection<String> knownRules) {
        if (markers.isEmpty() || reports.isEmpty()) return reports;
        List<Marked> ignores = markers.stream().map(Marked::new).toList();
        Set<Acceptance.Ignore> used = new HashSet<>();
        List<AuditReport> applied = new ArrayList<>();
        for (AuditReport report : reports) applied.add(Acceptance.apply(report, ignores, used));
        List<Finding> unused = new ArrayList<>();
        for (Marked ignore : ignores) {
            if (used.contains(ignore)) continue;
            IgnoreMarker m = ignore.marker;
            unused.add(UnusedIgnore.at(m.cell().getSheet(), m.cell().getCell(), m.rules(),
                    m.inComment() ? "The comment's audit-ignore" : "The audit-ignore", knownRules));
        }
        if (!unused.isEmpty()) {
            AuditReport first = applied.get(0);
            List<Finding> findings = new ArrayList<>(first.findings());
            findings.addAll(unused);
            applied.set(0, first.withAccepted(findings, List.of()));
        }
        return applied;
    }

    private static final class Marked implements Acceptance.Ignore {
        private final IgnoreMarker marker;

        Marked(IgnoreMarker marker) { this.marker = marker; }

        @Override public boolean covers(Finding finding) {
            return marker.covers(finding);
        }

        @Override public String reason() { return marker.reason(); }

        @Override public Accepted.Source source() {
            return marker.inComment() ? Accepted.Source.comment(marker.cell().getSheet(), marker.cell().getCell())
                    : Accepted.Source.cell(marker.cell().getSheet(), marker.cell().getCell());
        }
    }
}
