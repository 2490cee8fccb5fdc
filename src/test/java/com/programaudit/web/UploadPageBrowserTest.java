package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.programaudit.TestRules;
import com.programaudit.report.JsonReport;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The upload page in a real headless Chromium: choose a shared example in the file input, see its
 * findings, download the JSON report. Uses the system's chromium and chromedriver by path, so
 * Selenium Manager never downloads anything; skips only when /usr/bin/chromium is absent.
 */
class UploadPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path EXAMPLE = TestRules.RESOURCES.resolve("examples/anna_upper_lower.xlsx");
    private static final Path EXPECTED = TestRules.RESOURCES.resolve("examples/anna_upper_lower.expected.json");
    private static final Path DOWNLOADS = Path.of("target/browser-downloads").toAbsolutePath();
    private static final Path SCREENSHOT = Path.of("target/upload-page.png");
    private static final Path PHONE_SCREENSHOT = Path.of("target/upload-page-accepted-390px.png");

    private static WebServer server;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: the browser test is skipped");
        server = new WebServer(LiveRules.serving(TestRules.book()), WebSettings.defaults(0)).start();
        Files.createDirectories(DOWNLOADS);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1800", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static WebDriverWait waiting() { return new WebDriverWait(browser, Duration.ofSeconds(60)); }

    @Test
    void uploadingASpreadsheetShowsItsFindingsAndOffersTheJsonReport() throws Exception {
        Path downloaded = DOWNLOADS.resolve("anna_upper_lower.json");
        Files.deleteIfExists(downloaded);
        browser.get(server.url());
        browser.findElement(By.id("file-input")).sendKeys(EXAMPLE.toAbsolutePath().toString());

        WebElement report = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".report")));
        String counts = report.findElement(By.className("report-counts")).getText();
        assertTrue(counts.matches("\\d+ errors · \\d+ warnings · \\d+ infos"), counts);
        assertTrue(report.findElement(By.className("report-title")).getText().startsWith("anna_upper_lower.xlsx"));

        browser.switchTo().frame(report.findElement(By.className("report-frame")));
        String shown = waiting().until(d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.isBlank() ? null : text;
        });
        for (String rule : expectedRules()) assertTrue(shown.contains(rule), rule + " is shown in the report");
        browser.switchTo().defaultContent();

        Files.write(SCREENSHOT, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));

        List<String> offered = report.findElements(By.cssSelector(".downloads a")).stream()
                .map(a -> a.getAttribute("download")).toList();
        assertEquals(List.of("anna_upper_lower.json", "anna_upper_lower.audit.xlsx", "anna_upper_lower.fixed.xlsx"), offered);
        report.findElement(By.cssSelector("a[data-kind='JSON report']")).click();
        waiting().until(d -> Files.exists(downloaded) && downloaded.toFile().length() > 0);
        JsonNode json = new ObjectMapper().readTree(downloaded.toFile());
        String cli = new JsonReport().render(TestRules.service().audit(EXAMPLE).get(0));
        assertEquals(new ObjectMapper().readTree(cli), json, "the download is the JSON report the CLI writes");

        Path annotated = DOWNLOADS.resolve("anna_upper_lower.audit.xlsx");
        Files.deleteIfExists(annotated);
        report.findElement(By.cssSelector("a[data-kind='annotated workbook']")).click();
        waiting().until(d -> Files.exists(annotated) && annotated.toFile().length() > 0);
        assertTrue(SpreadsheetContent.isSpreadsheet(Files.readAllBytes(annotated)), "the annotated workbook is a workbook");
    }

    /**
     * The per-finding Accept as a coach clicks it: open the list, Accept a failure finding, give the reason
     * in the prompt; the page shows the copy's report with the finding accepted and one fewer counted, and
     * offers that copy. A second Accept starts from that copy, so the one downloaded copy re-audits with both.
     */
    @Test
    void acceptingAFindingShowsItAcceptedAndOffersTheAcceptedCopy() throws Exception {
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        reasons.put("FAILURE_ON_EVERY_SET", "advanced lifter, planned overreach");
        reasons.put("FAILURE_IN_DELOAD", "one test set, agreed with the athlete");
        String copyName = "anna_upper_lower.accepted.xlsx";
        Path copy = DOWNLOADS.resolve(copyName);
        Files.deleteIfExists(copy);
        browser.get(server.url());
        browser.findElement(By.id("file-input")).sendKeys(EXAMPLE.toAbsolutePath().toString());
        WebElement report = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".report")));

        for (Map.Entry<String, String> accept : reasons.entrySet()) {
            String rule = accept.getKey();
            int[] before = counts(report);
            int severity = accept(report, rule, accept.getValue());
            WebElement old = report;
            report = waiting().until(d -> {
                List<WebElement> shown = d.findElements(By.cssSelector(".report"));
                return ExpectedConditions.stalenessOf(old).apply(d) && shown.size() == 1 ? shown.get(0) : null;
            });
            assertTrue(report.findElement(By.className("report-title")).getText().startsWith(copyName + " — "),
                    "the copy keeps its one name: " + report.findElement(By.className("report-title")).getText());
            String status = browser.findElement(By.id("status")).getText();
            assertTrue(status.startsWith(rule + " accepted"), status);
            int[] after = counts(report);
            for (int i = 0; i < 3; i++) {
                assertEquals(before[i] - (i == severity ? 1 : 0), after[i], "count " + i + " after accepting " + rule);
            }
            assertTrue(report.findElements(By.cssSelector("details.accept li")).stream()
                    .noneMatch(li -> li.getAttribute("textContent").contains(rule)), rule + " has no Accept button left");
            String section = acceptedSection(report);
            assertTrue(section.startsWith("Accepted findings"), section);
            assertTrue(section.contains(rule) && section.contains(accept.getValue()), section);
            WebElement offer = report.findElement(By.cssSelector(".downloads a"));
            assertEquals("accepted copy", offer.getAttribute("data-kind"), "the accepted copy is offered first");
            assertEquals(copyName, offer.getAttribute("download"));
        }

        report.findElement(By.cssSelector("a[data-kind='accepted copy']")).click();
        waiting().until(d -> Files.exists(copy) && copy.toFile().length() > 0);
        var reaudit = TestRules.service().audit(copy).get(0);
        reasons.forEach((rule, reason) -> assertTrue(reaudit.suppressed().stream()
                .anyMatch(a -> a.finding().getRule().equals(rule) && a.reason().equals(reason)),
                "the downloaded copy re-audits with " + rule + " accepted: " + reaudit.suppressed()));

        fitsAPhone(report);
    }

    /** Two files of one name uploaded together cannot be told apart: Accept says so rather than send either. */
    @Test
    void acceptingInOneOfTwoFilesOfOneNameAsksForItAlone(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path first = Files.copy(EXAMPLE, Files.createDirectories(dir.resolve("a")).resolve("plan.xlsx"));
        Path second = Files.copy(EXAMPLE, Files.createDirectories(dir.resolve("b")).resolve("plan.xlsx"));
        browser.get(server.url());
        browser.findElement(By.id("file-input")).sendKeys(first.toAbsolutePath() + "\n" + second.toAbsolutePath());
        waiting().until(d -> d.findElements(By.cssSelector(".report")).size() == 2 ? true : null);
        WebElement report = browser.findElements(By.cssSelector(".report")).get(1);
        accept(report, "FAILURE_ON_EVERY_SET", "planned overreach");
        String status = waiting().until(d -> {
            String text = d.findElement(By.id("status")).getText();
            return text.startsWith("Two files named") ? text : null;
        });
        assertTrue(status.contains("plan.xlsx") && status.contains("upload this one alone"), status);
        assertEquals(2, browser.findElements(By.cssSelector(".report")).size(), "nothing was replaced");
    }

    /** A CSV of three clients gives three reports; accepting in one shows the (xlsx) copy's three in their place, in order. */
    @Test
    void acceptingInOneProgramOfAFileShowsEveryProgramOfTheCopy() {
        browser.get(server.url());
        browser.findElement(By.id("file-input")).sendKeys(Path.of("src/test/resources/programs/three_clients.csv")
                .toAbsolutePath().toString());
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".report"), 3));
        WebElement second = browser.findElements(By.cssSelector(".report")).get(1);
        String program = second.findElement(By.className("report-title")).getText().replaceFirst("^[^—]*— ", "");
        second.findElement(By.cssSelector("details.accept summary")).click();
        WebElement item = second.findElement(By.cssSelector("details.accept li"));
        String rule = item.getText().split("\\s+")[2];
        item.findElement(By.tagName("button")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).sendKeys("planned");
        browser.switchTo().alert().accept();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), rule + " accepted"));
        List<String> titles = browser.findElements(By.className("report-title")).stream().map(WebElement::getText).toList();
        assertEquals(3, titles.size(), titles.toString());
        assertTrue(titles.stream().allMatch(t -> t.startsWith("three_clients.accepted.xlsx — ")), titles.toString());
        assertTrue(titles.get(1).endsWith(program), "the programs keep their order: " + titles);
    }

    /** Opens the report's Accept list, clicks Accept on the line naming rule and answers the prompt; the line's severity. */
    private static int accept(WebElement report, String rule, String reason) {
        report.findElement(By.cssSelector("details.accept summary")).click();
        WebElement item = report.findElements(By.cssSelector("details.accept li")).stream()
                .filter(li -> li.getText().contains(" " + rule + " ")).findFirst().orElseThrow();
        String line = item.getText();
        int severity = List.of("error", "warning", "info").indexOf(line.replaceFirst("^Accept\\s+", "").split("\\s+")[0]);
        assertTrue(severity >= 0, "a severity leads the finding's line: " + line);
        item.findElement(By.tagName("button")).click();
        org.openqa.selenium.Alert prompt = waiting().until(ExpectedConditions.alertIsPresent());
        assertTrue(prompt.getText().contains(rule), prompt.getText());
        prompt.sendKeys(reason);
        prompt.accept();
        return severity;
    }

    /** The text of the "Accepted findings" section in the report's frame. */
    private static String acceptedSection(WebElement report) {
        browser.switchTo().frame(report.findElement(By.className("report-frame")));
        try {
            return waiting().until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("section.accepted"));
                return found.isEmpty() ? null : found.get(0).getText();
            });
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    /** On a 390 px wide window the page, the downloads and the open Accept list stay inside the window. */
    private static void fitsAPhone(WebElement report) throws Exception {
        Dimension desktop = browser.manage().window().getSize();
        try {
            report.findElement(By.cssSelector("details.accept summary")).click();
            browser.manage().window().setSize(new Dimension(390, 844));
            ChromeDriver chrome = (ChromeDriver) browser;
            chrome.executeScript("arguments[0].scrollIntoView();", report.findElement(By.className("downloads")));
            Files.write(PHONE_SCREENSHOT, chrome.getScreenshotAs(OutputType.BYTES));
            long width = (Long) chrome.executeScript("return document.documentElement.clientWidth;");
            assertTrue(width <= 390, "the window is a phone's: " + width);
            long page = (Long) chrome.executeScript("return document.documentElement.scrollWidth;");
            assertTrue(page <= width, "the page is " + page + " px wide on a " + width + " px window");
            List<WebElement> buttons = report.findElements(By.cssSelector("details.accept button"));
            assertTrue(!buttons.isEmpty() && buttons.stream().allMatch(WebElement::isDisplayed), "the Accept list is open");
            List<WebElement> controls = new java.util.ArrayList<>(buttons);
            controls.addAll(report.findElements(By.cssSelector(".downloads a, details.accept summary, details.accept li")));
            for (WebElement control : controls) {
                Number right = (Number) chrome.executeScript("return arguments[0].getBoundingClientRect().right;", control);
                assertTrue(right.doubleValue() <= width, "'" + control.getAttribute("textContent").strip() + "' ends at " + right + " px of " + width);
            }
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    /** errors, warnings, infos as the report's head shows them. */
    private static int[] counts(WebElement report) {
        String text = report.findElement(By.className("report-counts")).getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) errors? · (\\d+) warnings? · (\\d+) infos?").matcher(text);
        assertTrue(m.matches(), text);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    @Test
    void severalFilesAtOnceGiveOneReportEach() {
        browser.get(server.url());
        String files = String.join("\n", EXAMPLE.toAbsolutePath().toString(),
                TestRules.RESOURCES.resolve("examples/dan_full_body.csv").toAbsolutePath().toString());
        browser.findElement(By.id("file-input")).sendKeys(files);
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".report"), 2));
        List<String> titles = browser.findElements(By.className("report-title")).stream().map(WebElement::getText).toList();
        assertTrue(titles.get(0).startsWith("anna_upper_lower.xlsx") && titles.get(1).startsWith("dan_full_body.csv"),
                titles.toString());
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("2 programs audited"));
    }

    @Test
    void droppingAFileOnThePageAuditsIt() throws Exception {
        browser.get(server.url());
        String csv = Files.readString(TestRules.RESOURCES.resolve("examples/dan_full_body.csv"));
        // a real drag from the desktop cannot be scripted; a drop event carrying a File is what the page sees
        ((ChromeDriver) browser).executeScript(
                "const transfer = new DataTransfer();"
                + "transfer.items.add(new File([arguments[0]], 'dan_full_body.csv', {type: 'text/csv'}));"
                + "document.getElementById('upload').dispatchEvent("
                + "new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));", csv);
        WebElement report = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".report")));
        assertTrue(report.findElement(By.className("report-title")).getText().startsWith("dan_full_body.csv"));
    }

    @Test
    void theRulesPageListsEveryLoadedRule() throws Exception {
        browser.get(server.url() + "rules");
        List<WebElement> rows = browser.findElements(By.cssSelector("#rules tbody tr"));
        assertEquals(TestRules.book().rules().size(), rows.size());
        assertEquals(TestRules.book().policy().values().size(), browser.findElements(By.cssSelector("#policy tbody tr")).size());
        assertTrue(browser.findElements(By.id("compile-errors")).isEmpty(), "no compile errors on a clean folder");
        Files.write(Path.of("target/rules-page.png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The rule ids the shared example's expected findings name. */
    private static List<String> expectedRules() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(EXPECTED.toFile());
        List<String> rules = new java.util.ArrayList<>();
        expected.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
        assertTrue(!rules.isEmpty(), "the example expects findings");
        return rules;
    }
}
