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
