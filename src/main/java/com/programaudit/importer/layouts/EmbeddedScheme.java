package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sets × reps scheme written into the exercise name ("squat 5x5 FSL", "Bench 3x10 back-off") on a
 * row with no Sets column of its own: the name says how many sets the row stands for, and a Set
 * column value beside it only places the row (5/3/1 "first set last" lines carry Set = 5).
 */
final class EmbeddedScheme {
    /** Asked only of names holding an x or × (see apply): another "times" sign goes there too. */
    private static final Pattern SCHEME = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\s*[x×]\\s*(\\d{1,2})(?![\\d.,%])");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    private EmbeddedScheme() { }

    static RawEntry apply(RawEntry entry) {
        if (entry.cells().containsKey(Field.SETS) || !entry.text(Field.SETS_X_REPS).isBlank()) return entry;
        String name = entry.exercise().getText();
        // SCHEME needs an x or ×, which few names hold: most are passed over without a matcher
        if (name.indexOf('x') < 0 && name.indexOf('\u00d7') < 0) return entry;
        Matcher scheme = SCHEME.matcher(name);
        if (!scheme.find() || !LETTERS.matcher(name).find()) return entry;
        Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
        cells.putAll(entry.cells());
        cells.remove(Field.SET_NUMBER);
        cells.put(Field.SETS_X_REPS, new SourceCell(entry.exercise().getRef(), scheme.group()));
        return new RawEntry(entry.program(), entry.block(), entry.week(), entry.day(), entry.exercise(), cells,
                entry.deloadSheet());
    }
}
