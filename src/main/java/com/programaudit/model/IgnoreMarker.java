package com.programaudit.model;

import java.util.List;

/**
 * A coach's {@code audit-ignore RULE_ID: reason} in a cell or a cell comment: the findings of those
 * rules on the marker's row are accepted. No rules named means every finding about the row itself
 * (its exercise or a cell of it); a week's or block's finding that points at the row, as weekly
 * volume points at a week's first row, is accepted only by naming its rule.
 */
public record IgnoreMarker(CellRef cell, int row, List<String> rules, String reason, boolean inComment) {
    public IgnoreMarker {
        rules = List.copyOf(rules);
    }

    /** True when this marker accepts the finding: on the marker's sheet and row, and one of its rules. */
    public boolean covers(Finding finding) {
        Location at = finding.getLocation();
        if (at == null || at.getCell() == null || !cell.getSheet().equals(at.getSheet())) return false;
        if (rowOf(at.getCell()) != row) return false;
        if (!rules.isEmpty()) return rules.contains(finding.getRule());
        return at.getExercise() != null || at.getWeek() == null && at.getBlock() == null;
    }

    /** The zero-based row of an A1 address; -1 when it is not one. */
    static int rowOf(String a1) {
        int i = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) i++;
        try {
            return Integer.parseInt(a1.substring(i)) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
