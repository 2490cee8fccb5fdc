package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.HeaderWords;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the exercise column when several headers name one ("exercise_id" beside "exercise_name"):
 * the column whose values read like names, not codes such as {@code MON_BP} or {@code 17}.
 */
final class ExerciseNameColumn {
    private static final Pattern ID_HEADER = Pattern.compile("(?:^| )(?:id|code|key|ref|no|#)$");
    private static final Pattern CODE = Pattern.compile("^(?:[A-Z0-9]+(?:[_\\-.][A-Z0-9]+)+|[A-Z]{1,3}\\d*|\\d+(?:\\.\\d+)?)$");
    private static final Pattern WORDS = Pattern.compile(
            "^(?:(?>.*?\\p{L}{2}).*\\s.*|(?>.*?\\p{Ll}{3}).*)");
    private static final int SAMPLE_ROWS = 30;

    private ExerciseNameColumn() { }

    /** The candidate column (in header order) whose header and values look most like exercise names. */
    static int choose(GridSheet sheet, int headerRow, List<Integer> candidates) {
        int best = candidates.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int column : candidates) {
            double score = ID_HEADER.matcher(HeaderWords.normalize(sheet.text(headerRow, column))).find() ? -SAMPLE_ROWS : 0;
            for (int r = headerRow + 1; r < Math.min(sheet.rowCount(), headerRow + 1 + SAMPLE_ROWS); r++) {
                String text = sheet.text(r, column);
                if (text.isEmpty()) continue;
                if (CODE.matcher(text).matches()) score -= 1;
                else if (WORDS.matcher(text).matches()) score += 1;
            }
            if (score > bestScore) {
                best = column;
                bestScore = score;
            }
        }
        return best;
    }
}
