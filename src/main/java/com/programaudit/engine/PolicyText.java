package com.programaudit.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's description names its thresholds as {@code {policyKey}}, filled from policy.properties, so
 * "More than {maxDropSetsPerSession} drop sets" never keeps an old number after a head coach edits it.
 */
final class PolicyText {
    private static final Pattern KEY = Pattern.compile("\\{(\\w+)}");

    private PolicyText() { }

    static String fill(String text, Policy policy, String where, List<String> problems) {
        if (text == null) return null;
        Matcher m = KEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = policy.text(m.group(1));
            if (value == null) {
                problems.add(where + ": @description names {" + m.group(1) + "}, which " + Policy.FILE + " does not set");
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
