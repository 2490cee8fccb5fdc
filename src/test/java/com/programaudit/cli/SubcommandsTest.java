package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubcommandsTest {
    @ParameterizedTest
    @ValueSource(strings = {"audit", "show", "rules", "serve"})
    void aRunOfOneSubcommandBuildsOnlyThatOne(String command) {
        assertEquals(List.of(command), List.copyOf(Main.commandLine(new String[] {command, "x"}).getSubcommands().keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "--version", "audti", "AUDIT"})
    void anythingElseGetsEverySubcommandForTheUsageAndSuggestions(String first) {
        assertEquals(List.of("audit", "show", "rules", "serve"),
                List.copyOf(Main.commandLine(new String[] {first}).getSubcommands().keySet()));
    }

    @Test
    void settingsReachTheSubcommandAddedForTheRun() {
        assertEquals(true, Main.commandLine(new String[] {"audit"}).getSubcommands().get("audit").isCaseInsensitiveEnumValuesAllowed());
        assertEquals(true, Main.commandLine().getSubcommands().get("rules").getSubcommands().get("list").isCaseInsensitiveEnumValuesAllowed());
    }

    @Test
    void theRulesFolderAnAuditWillLoadIsReadAsPicocliReadsIt() {
        assertEquals(java.nio.file.Path.of("my rules"), Main.rulesFolderOption(new String[] {"audit", "--rules", "my rules", "x.csv"}));
        assertEquals(java.nio.file.Path.of("r2"), Main.rulesFolderOption(new String[] {"audit", "x.csv", "--rules=r2"}));
        assertEquals(null, Main.rulesFolderOption(new String[] {"audit", "x.csv"}));
        assertEquals(null, Main.rulesFolderOption(new String[] {"audit", "x.csv", "--rules"}));
    }
}
