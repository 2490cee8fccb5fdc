package com.programaudit.audit;

import com.programaudit.model.Finding;

/**
 * A finding the coach accepted, with the reason they gave and where they gave it; it counts in no
 * summary and no exit status, but every report lists it.
 */
public record Accepted(Finding finding, String reason, Source source) {

    /** Where an acceptance was written: a cell (marker or comment), a line of an ignore file, or a baseline. */
    public record Source(String kind, String sheet, String cell, String file, Integer line) {
        public static Source cell(String sheet, String cell) { return new Source("cell", sheet, cell, null, null); }
        public static Source comment(String sheet, String cell) { return new Source("comment", sheet, cell, null, null); }
        public static Source file(String file, int line) { return new Source("file", null, null, file, line); }
        public static Source baseline(String file) { return new Source("baseline", null, null, file, null); }

        /** "Week 1!K7", "comment on Week 1!K7", ".auditignore:3", "baseline audit-baseline.json". */
        public String describe() {
            return switch (kind) {
                case "cell" -> sheet + "!" + cell;
                case "comment" -> "comment on " + sheet + "!" + cell;
                case "file" -> file + ":" + line;
                default -> "baseline " + file;
            };
        }
    }
}
