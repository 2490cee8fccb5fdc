package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.programaudit.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A head coach edits a temporary copy of rules/ while the server runs: good edits go live, broken ones do not. */
class RulesReloadTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir Path rules;
    private WebServer server;
    private WebClient client;

    private void startOnACopyOfTheRules() throws Exception {
        TestRules.copyRulesTo(rules);
        server = new WebServer(LiveRules.load(rules), WebSettings.defaults(0).withReloadInterval(Duration.ofMillis(100))).start();
        client = new WebClient(server);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    private JsonNode waitForRules(Predicate<JsonNode> condition, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode rules;
        do {
            rules = client.get("/api/rules").json();
            if (condition.test(rules)) return rules;
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("timed out waiting for " + what + "; last /api/rules: " + rules);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), "the test edits a known text in " + file);
        Files.writeString(path, text.replace(from, to));
    }

    private int tooManyDropSets() throws Exception {
        Multipart upload = new Multipart().part("file", "drop_sets.csv",
                Files.readAllBytes(TestRules.RESOURCES.resolve("programs/drop_sets.csv")));
        JsonNode report = client.post("/api/audit", upload).json();
        int count = 0;
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("rule").asText().equals("TOO_MANY_DROP_SETS")) count++;
        }
        return count;
    }

    @Test
    void aPolicyEditGoesLiveWithoutARestart() throws Exception {
        startOnACopyOfTheRules();
        assertEquals(rules.getFileName().toString(), client.get("/api/rules").json().path("folder").asText());
        for (String path : List.of("/api/rules", "/rules", "/health")) {
            assertTrue(!client.get(path).body().contains(rules.toAbsolutePath().toString()), path + " shows where the rules are");
        }
        assertEquals(0, tooManyDropSets(), "2 drop sets a session are allowed by default");
        String line = Files.readAllLines(rules.resolve("policy.properties")).stream()
                .filter(l -> l.startsWith("maxDropSetsPerSession=")).findFirst().orElseThrow();
        edit("policy.properties", line, "maxDropSetsPerSession=1");
        waitForRules(r -> r.path("policy").path("maxDropSetsPerSession").asText().equals("1"), "the new policy value");
        assertEquals(1, tooManyDropSets(), "the next audit follows the edited policy");
    }

    @Test
    void aBrokenRuleKeepsTheLastGoodRulesAndShowsItsErrorsUntilFixed() throws Exception {
        startOnACopyOfTheRules();
        int ruleCount = client.get("/health").json().path("rules").asInt();
        String good = "    $e : ExerciseEntry(heavyCompound, deloadWeek == false, failureSetCount > 0)";
        edit("failure/failure_sets.drl", good, "    $e : ExerciseEntry(heavyCompound, deloadWeek == )");

        JsonNode broken = waitForRules(r -> r.path("errors").size() > 0, "the compile errors");
        List<String> errors = new java.util.ArrayList<>();
        broken.path("errors").forEach(e -> errors.add(e.asText()));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("failure/failure_sets.drl:")), errors.toString());
        assertEquals(ruleCount, broken.path("rules").size(), "the last good rules are still listed");
        JsonNode health = client.get("/health").json();
        assertEquals(ruleCount, health.path("rules").asInt());
        assertEquals("degraded", health.path("status").asText(), "a monitor sees that the edit did not take effect");
        assertTrue(health.path("errors").get(0).asText().startsWith("failure/failure_sets.drl:"), health.toString());
        assertEquals(200, client.post("/api/audit", new Multipart().part("file", "drop_sets.csv",
                Files.readAllBytes(TestRules.RESOURCES.resolve("programs/drop_sets.csv")))).status(),
                "audits go on with the last good rules");
        String page = client.get("/rules").body();
        assertTrue(page.contains("id=\"compile-errors\"") && page.contains("failure/failure_sets.drl:"), page);

        edit("failure/failure_sets.drl", "    $e : ExerciseEntry(heavyCompound, deloadWeek == )", good);
        waitForRules(r -> r.path("errors").size() == 0, "the errors to clear once the rule is fixed");
        assertTrue(!client.get("/rules").body().contains("id=\"compile-errors\""), "the rules page is clean again");
    }

    /** A rule that compiles but throws when it runs is a load error at its file and line; the last good rules serve on. */
    @Test
    void aRuleThatThrowsAtRunTimeIsNotPutInService() throws Exception {
        startOnACopyOfTheRules();
        int line = Files.readAllLines(rules.resolve("failure/failure_sets.drl")).indexOf("rule \"A heavy compound is planned to failure\"") + 1;
        assertTrue(line > 0);
        String text = Files.readString(rules.resolve("failure/failure_sets.drl"));
        int then = text.indexOf("then\n", text.indexOf("rule \"A heavy compound is planned to failure\""));
        Files.writeString(rules.resolve("failure/failure_sets.drl"), text.substring(0, then + 5)
                + "    if (true) { throw new IllegalStateException(\"boom\"); }\n" + text.substring(then + 5));

        JsonNode refused = waitForRules(r -> r.path("errors").size() > 0, "the run-time error");
        String error = refused.path("errors").get(0).asText();
        assertTrue(error.startsWith("failure/failure_sets.drl:" + line + ": FAILURE_ON_HEAVY_COMPOUND throws when it runs"), error);
        assertTrue(error.contains("boom"), error);
        assertEquals("degraded", client.get("/health").json().path("status").asText());
        JsonNode report = client.post("/api/audit", new Multipart().part("file", "anna_upper_lower.xlsx",
                Files.readAllBytes(TestRules.RESOURCES.resolve("examples/anna_upper_lower.xlsx")))).json();
        assertTrue(report.path("findings").toString().contains("FAILURE_ON_HEAVY_COMPOUND"),
                "the last good rules still audit, the rule included: " + report);
    }

    /** A rules folder moved away while serving: the answers say so without the server's own paths. */
    @Test
    void aMissingFolderIsNamedWithoutItsPlaceOnTheServer(@TempDir Path parent) throws Exception {
        Path folder = parent.resolve("coach-rules");
        TestRules.copyRulesTo(Files.createDirectories(folder));
        LiveRules live = LiveRules.load(folder);
        Files.move(folder, parent.resolve("moved-away"));
        org.junit.jupiter.api.Assertions.assertFalse(live.reload());
        String problems = String.join("\n", live.current().problems());
        org.junit.jupiter.api.Assertions.assertTrue(problems.contains("coach-rules:0: the rules folder does not exist"), problems);
        org.junit.jupiter.api.Assertions.assertFalse(problems.contains(parent.toString()), problems);
    }
}
