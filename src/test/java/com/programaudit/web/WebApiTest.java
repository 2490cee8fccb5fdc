package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.programaudit.TestRules;
import com.programaudit.report.JsonReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API of REPORT.md over real HTTP on a free loopback port. */
class WebApiTest {
    private static final Path EXAMPLES = TestRules.RESOURCES.resolve("examples");
    private static final long LIMIT = 2L * 1024 * 1024;
    private static WebServer server;
    private static WebClient client;

    @BeforeAll
    static void start() {
        server = new WebServer(LiveRules.serving(TestRules.book()), WebSettings.defaults(0).withMaxUploadBytes(LIMIT)).start();
        client = new WebClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] example(String name) throws Exception {
        return Files.readAllBytes(EXAMPLES.resolve(name));
    }

    /** What `audit --format json` writes for the same file. */
    private static String cliJson(String name) {
        return new JsonReport().render(TestRules.service().audit(EXAMPLES.resolve(name)).get(0));
    }

    private static void assertError(WebClient.Answer answer, int status, String messagePart) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        String message = answer.json().path("error").path("message").asText();
        assertTrue(message.contains(messagePart), "'" + messagePart + "' in: " + message);
        assertFalse(answer.body().contains("Exception") || answer.body().contains("\tat "), "no stack trace: " + answer.body());
    }

    @Test
    void oneFileGivesItsJsonReportAsTheCommandLineWritesIt() throws Exception {
        WebClient.Answer answer = client.post("/api/audit",
                new Multipart().part("file", "anna_upper_lower.xlsx", example("anna_upper_lower.xlsx")));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(cliJson("anna_upper_lower.xlsx"), answer.body());
        assertTrue(answer.json().path("findings").size() > 0);
    }

    @Test
    void severalFilesGiveOneReportEachInUploadOrder() throws Exception {
        WebClient.Answer answer = client.post("/api/audit", new Multipart()
                .part("file", "dan_full_body.csv", example("dan_full_body.csv"))
                .part("file", "eva_clean.xls", example("eva_clean.xls"))
                .part("file", "anna_upper_lower.xlsx", example("anna_upper_lower.xlsx")));
        assertEquals(200, answer.status(), answer.body());
        JsonNode root = answer.json();
        assertEquals(1, root.path("schema").asInt());
        List<String> files = new ArrayList<>();
        root.path("reports").forEach(r -> files.add(r.path("program").path("file").asText()));
        assertEquals(List.of("dan_full_body.csv", "eva_clean.xls", "anna_upper_lower.xlsx"), files);
        assertEquals(new WebClient.Answer(200, "", cliJson("eva_clean.xls")).json(), root.path("reports").get(1),
                "each report is the one the command line writes");
    }

    @Test
    void anUploadOverTheLimitIs413WithTheLimitInMegabytes() throws Exception {
        byte[] big = new byte[(int) LIMIT + 100_000];
        new Random(1).nextBytes(big);
        assertError(client.post("/api/audit", new Multipart().part("file", "big.xlsx", big)), 413, "larger than 2 MB");
    }

    @Test
    void aStreamedUploadWithoutLengthOverTheLimitIs413Too() throws Exception {
        byte[] big = new byte[(int) LIMIT + 200_000];
        java.util.Arrays.fill(big, (byte) 'a');
        Multipart body = new Multipart().part("file", "big.csv", big);
        byte[] bytes = body.bytes();
        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(server.url() + "api/audit"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));
        assertError(client.send(chunked), 413, "2 MB");
    }

    @Test
    void contentThatIsNotASpreadsheetIs415WhateverItsName() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertError(client.post("/api/audit", new Multipart().part("file", "program.xlsx", png)), 415, "program.xlsx");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes());
        }
        assertError(client.post("/api/audit", new Multipart().part("file", "program.xlsx", zip.toByteArray())), 415,
                "not a spreadsheet");
    }

    @Test
    void malformedRequestsAre400() throws Exception {
        assertError(client.post("/api/audit", "application/json", "{}".getBytes()), 400, "multipart/form-data");
        assertError(client.post("/api/audit", new Multipart().part("upload", "a.csv", example("dan_full_body.csv"))), 400,
                "no part named 'file'");
        assertError(client.post("/api/audit", new Multipart().part("file", "empty.csv", new byte[0])), 400, "empty");
        Multipart cut = new Multipart();
        byte[] truncated = ("--" + cut.boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nWeek,Day")
                .getBytes();
        assertError(client.post("/api/audit", cut.contentType(), truncated), 400, "malformed");
    }

    /** More parts than an upload may hold is said as such, with the number, not as a malformed body. */
    @Test
    void tooManyPartsAreSaidWithTheLimit() throws Exception {
        Multipart many = new Multipart();
        for (int i = 0; i < 1001; i++) many.part("file", "p" + i + ".csv", "Week,Day\n".getBytes(StandardCharsets.UTF_8));
        assertError(client.post("/api/audit", many), 400, "more than 1,000 parts");
    }

    @Test
    void unknownPathsAnswerJson404() throws Exception {
        assertError(client.get("/api/nothing"), 404, "/api/nothing");
    }

    @Test
    void theAddressPrintedIsAUrlForIpv6Too() {
        assertEquals("http://[::1]:8080/", WebServer.url("::1", 8080));
        assertEquals("http://127.0.0.1:8080/", WebServer.url("127.0.0.1", 8080));
        assertEquals("http://localhost:8080/", WebServer.url("localhost", 8080));
    }

    /** A path that exists with another method: 405, not "nothing there". */
    @Test
    void aWrongMethodAnswersJson405() throws Exception {
        assertError(client.get("/api/audit"), 405, "/api/audit does not answer GET");
    }

    @Test
    void aClientFileNameIsOnlyALabel() throws Exception {
        WebClient.Answer answer = client.post("/api/audit",
                new Multipart().part("file", "../../etc/dan_full_body.csv", example("dan_full_body.csv")));
        assertEquals(200, answer.status(), answer.body());
        assertEquals("dan_full_body.csv", answer.json().path("program").path("file").asText());
    }

    @Test
    void anUnreadableSpreadsheetStillGetsAReport() throws Exception {
        WebClient.Answer answer = client.post("/api/audit",
                new Multipart().part("file", "notes.csv", "just some words\nand more words\n".getBytes()));
        assertEquals(200, answer.status(), answer.body());
        assertFalse(answer.json().path("error").path("message").asText().isEmpty(), answer.body());
        assertEquals(0, answer.json().path("findings").size());
    }

    @Test
    void thePageRouteAnswersTheHtmlReportAndTheThreeDownloads() throws Exception {
        WebClient.Answer answer = client.post("/page/audit",
                new Multipart().part("file", "anna_upper_lower.xlsx", example("anna_upper_lower.xlsx")));
        assertEquals(200, answer.status(), answer.body());
        JsonNode report = answer.json().path("reports").get(0);
        assertTrue(report.path("html").asText().contains("FAILURE_ON_HEAVY_COMPOUND"), "the HTML report names the rules");
        List<String> names = new ArrayList<>();
        report.path("downloads").forEach(d -> names.add(d.path("fileName").asText()));
        assertEquals(List.of("anna_upper_lower.json", "anna_upper_lower.audit.xlsx", "anna_upper_lower.fixed.xlsx"), names);
        java.util.Base64.Decoder base64 = java.util.Base64.getDecoder();
        assertEquals(cliJson("anna_upper_lower.xlsx"),
                new String(base64.decode(report.path("downloads").get(0).path("base64").asText()), java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 1; i < 3; i++) {
            byte[] workbook = base64.decode(report.path("downloads").get(i).path("base64").asText());
            assertTrue(SpreadsheetContent.isSpreadsheet(workbook), names.get(i) + " is a workbook");
            assertFalse(java.util.Arrays.equals(workbook, example("anna_upper_lower.xlsx")), names.get(i) + " differs from the upload");
        }
        assertError(client.post("/page/audit", new Multipart().part("file", "x.xlsx", new byte[] {1, 2, 3})), 415,
                "not a spreadsheet");
    }

    /** The page's Accept: the marker goes into a copy, whose re-audit lists the finding as accepted, not counted. */
    @Test
    void acceptingAFindingOnThePageReauditsItsCopyAsAccepted() throws Exception {
        WebClient.Answer first = client.post("/page/audit",
                new Multipart().part("file", "anna_upper_lower.xlsx", example("anna_upper_lower.xlsx")));
        JsonNode finding = null;
        for (JsonNode f : first.json().path("reports").get(0).path("findings")) {
            if (f.path("rule").asText().equals("FAILURE_ON_EVERY_SET")) finding = f;
        }
        assertTrue(finding != null, first.body());
        String accept = "[{\"rule\":\"FAILURE_ON_EVERY_SET\",\"sheet\":\"" + finding.path("sheet").asText()
                + "\",\"cell\":\"" + finding.path("cell").asText() + "\",\"reason\":\"advanced lifter, planned\"}]";
        WebClient.Answer answer = client.post("/page/accept", new Multipart()
                .part("file", "anna_upper_lower.xlsx", example("anna_upper_lower.xlsx")).field("accept", accept));
        assertEquals(200, answer.status(), answer.body());
        JsonNode report = answer.json().path("reports").get(0);
        for (JsonNode f : report.path("findings")) {
            assertFalse(f.path("rule").asText().equals("FAILURE_ON_EVERY_SET") && f.path("cell").equals(finding.path("cell")),
                    "the accepted finding is no longer counted: " + f);
        }
        assertTrue(report.path("html").asText().contains("advanced lifter, planned"), "the page lists it with its reason");
        assertEquals("anna_upper_lower.accepted.xlsx", report.path("downloads").get(0).path("fileName").asText());
        assertError(client.post("/page/accept", new Multipart()
                .part("file", "anna_upper_lower.xlsx", example("anna_upper_lower.xlsx"))), 400, "accept");
    }

    /** A clean program has no cell edits: the page offers no "fixed copy" that is the upload again. */
    @Test
    void aProgramWithoutEditsOffersNoFixedCopy() throws Exception {
        byte[] clean = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("sample-programs/clean_upper_lower.csv"));
        WebClient.Answer answer = client.post("/page/audit", new Multipart().part("file", "clean_upper_lower.csv", clean));
        assertEquals(200, answer.status(), answer.body());
        List<String> names = new ArrayList<>();
        answer.json().path("reports").get(0).path("downloads").forEach(d -> names.add(d.path("fileName").asText()));
        assertEquals(List.of("clean_upper_lower.json", "clean_upper_lower.audit.xlsx"), names);
    }

    /** One bad file among several: its own error report, and the good files are still audited (API and page). */
    @Test
    void aBadFileAmongSeveralGetsItsOwnErrorAndTheOthersReport() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        for (String route : List.of("/api/audit", "/page/audit")) {
            WebClient.Answer answer = client.post(route, new Multipart()
                    .part("file", "anna_upper_lower.xlsx", example("anna_upper_lower.xlsx"))
                    .part("file", "photo.xlsx", png));
            assertEquals(200, answer.status(), answer.body());
            JsonNode reports = answer.json().path("reports");
            assertEquals(2, reports.size(), answer.body());
            String good = route.startsWith("/api") ? reports.get(0).path("summary").toString() : reports.get(0).path("html").asText();
            assertTrue(good.contains("error"), route + ": the good file is audited");
            assertTrue(reports.get(1).toString().contains("photo.xlsx' is not a spreadsheet"), route + ": " + reports.get(1));
        }
    }

    @Test
    void healthCountsTheLoadedRules() throws Exception {
        WebClient.Answer answer = client.get("/health");
        assertEquals(200, answer.status());
        assertEquals("ok", answer.json().path("status").asText());
        assertEquals(TestRules.book().rules().size(), answer.json().path("rules").asInt());
    }

    @Test
    void apiRulesListsRulesPolicyAndNoErrors() throws Exception {
        JsonNode rules = client.get("/api/rules").json();
        assertEquals(TestRules.book().rules().size(), rules.path("rules").size());
        JsonNode first = rules.path("rules").get(0);
        assertEquals(TestRules.book().rules().get(0).id(), first.path("id").asText());
        for (String field : List.of("severity", "scope", "sources", "citations", "description")) {
            assertFalse(first.path(field).isMissingNode(), field);
        }
        assertEquals(TestRules.book().policy().values().get("maxDropSetsPerSession"),
                rules.path("policy").path("maxDropSetsPerSession").asText());
        assertEquals(0, rules.path("errors").size());
        assertEquals("rules", rules.path("folder").asText(), "the folder by its name, not its place on this machine");
    }

    @Test
    void concurrentUploadsEachGetTheirOwnReport() throws Exception {
        List<String> names = List.of("anna_upper_lower.xlsx", "dan_full_body.csv", "eva_clean.xls", "ben_strength_weeks.xlsx",
                "carla_weeks_across.xlsx");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String name = names.get(i % names.size());
                results.add(pool.submit(() -> {
                    WebClient.Answer answer = client.post("/api/audit", new Multipart().part("file", name, example(name)));
                    return answer.status() == 200 && answer.body().equals(cliJson(name));
                }));
            }
            for (Future<Boolean> result : results) assertTrue(result.get(), "each upload gets exactly its own report");
        } finally {
            pool.shutdownNow();
        }
    }
}
