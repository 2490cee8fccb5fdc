package com.programaudit.fix;

import java.util.Map;

/** Eases a sets × reps cell ("3x5+", "1x3 @RPE10"), which holds one effort for all its sets. */
final class SchemeText {
    private SchemeText() { }

    /**
     * @return the scheme with its AMRAP mark removed and its effort set to the target, or null when
     *         the targets differ between its sets (one cell cannot say that; the fix stays advice)
     */
    static String eased(String scheme, Map<Integer, Integer> targets, int sets) {
        if (targets.size() < sets || targets.values().stream().distinct().count() != 1) return null;
        int rir = targets.values().iterator().next();
        if (rir == 0) return null;
        String plain = scheme.replaceAll("(\\d)\\s*\\+", "$1");
        String effort = "@RPE" + (10 - rir);
        if (plain.matches("(?is).*@\\s*(?:rpe\\s*)?(?:10|f|failure)\\b.*")) {
            return plain.replaceAll("(?i)@\\s*(?:rpe\\s*)?(?:10|f|failure)\\b", effort);
        }
        if (plain.matches("(?is).*@\\s*(?:rir\\s*)?0\\s*(?:rir)?\\b.*")) {
            return plain.replaceAll("(?i)@\\s*(?:rir\\s*)?0\\s*(?:rir)?\\b", "@" + rir + " RIR");
        }
        return plain;
    }
}
