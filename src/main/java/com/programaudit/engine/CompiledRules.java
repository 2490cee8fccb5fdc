package com.programaudit.engine;

import java.util.Map;

/**
 * A rules folder compiled to Drools' executable model: the kjar (generated Java classes, loaded
 * without parsing DRL or compiling Java) and, since those classes forget where each rule was
 * written, the file of each rule ("package|rule name" → path relative to the rules folder).
 */
record CompiledRules(byte[] kjar, Map<String, String> ruleFiles) {
    static String key(String packageName, String ruleName) { return packageName + "|" + ruleName; }
}
