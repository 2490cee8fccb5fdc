package com.programaudit.fix;

import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cell edits of a program's findings, one decision per cell. When several findings edit one cell,
 * the edit of the most severe finding wins, ties going to the rule id that sorts first (then to the
 * earlier finding); findings proposing the very same edit ride along with it, the others are skipped
 * as conflicting.
 */
final class EditPlan {
    /** One finding's edit. */
    record Proposal(CellEdit edit, Finding finding) { }

    /** The edit chosen for one cell, the findings that agree with it and those that conflict. */
    record CellDecision(Proposal winner, List<Proposal> agreeing, List<Proposal> conflicting) {
        CellEdit edit() { return winner.edit(); }

        /** The same outcome for the winner and every finding that proposed the same edit. */
        List<EditResult> outcome(boolean applied, String reason) {
            List<EditResult> results = new ArrayList<>();
            for (Proposal p : all(winner, agreeing)) {
                results.add(applied ? EditResult.applied(p.edit(), p.finding()) : EditResult.skipped(p.edit(), p.finding(), reason));
            }
            for (Proposal p : conflicting) {
                results.add(EditResult.skipped(p.edit(), p.finding(), "conflicts with the " + winner.finding().getRule()
                        + " edit of the same cell ('" + winner.edit().from() + "' → '" + winner.edit().to()
                        + "'), which wins as the more severe finding or, at equal severity, by rule id"));
            }
            return results;
        }

        private static List<Proposal> all(Proposal first, List<Proposal> rest) {
            List<Proposal> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            return all;
        }
    }

    private static final Comparator<Proposal> PRECEDENCE =
            Comparator.comparing((Proposal p) -> p.finding().getSeverity()).thenComparing(p -> p.finding().getRule());

    private final List<CellDecision> decisions;

    private EditPlan(List<CellDecision> decisions) { this.decisions = List.copyOf(decisions); }

    static EditPlan of(List<Finding> findings) {
        Map<String, List<Proposal>> byCell = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (CellEdit edit : finding.getFix().getEdits()) {
                byCell.computeIfAbsent(edit.sheet() + "!" + edit.cell(), k -> new ArrayList<>()).add(new Proposal(edit, finding));
            }
        }
        List<CellDecision> decisions = new ArrayList<>();
        for (List<Proposal> proposals : byCell.values()) {
            List<Proposal> ranked = new ArrayList<>(proposals);
            ranked.sort(PRECEDENCE); // stable: equal rank keeps finding order
            Proposal winner = ranked.get(0);
            List<Proposal> agreeing = new ArrayList<>();
            List<Proposal> conflicting = new ArrayList<>();
            for (Proposal p : ranked.subList(1, ranked.size())) {
                (p.edit().equals(winner.edit()) ? agreeing : conflicting).add(p);
            }
            decisions.add(new CellDecision(winner, agreeing, conflicting));
        }
        return new EditPlan(decisions);
    }

    /** One decision per edited cell, in the order the findings first name the cells. */
    List<CellDecision> decisions() { return decisions; }
}
