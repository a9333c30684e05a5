package org.notelint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notelint.testing.CliRun;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The review page in a real browser (Debian's Chromium, headless, through ChromeDriver): the
 * filters work, and script planted in a note does not run. Skipped with a message when
 * Chromium is not installed ({@code .ci/run} installs it). A screenshot of the seeds' page is
 * left in {@code target/report-seeds.png} for a look by hand.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Held so the level set on it is not lost when the logger is collected. */
  private static final java.util.logging.Logger SELENIUM_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  @TempDir
  static Path tmp;

  static ChromeDriver browser;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium and ChromeDriver are not installed (apt-get install chromium "
            + "chromium-driver); the browser test of report.html is skipped");
    // Selenium warns that it has no DevTools bindings for this Chromium; none are used here.
    SELENIUM_LOG.setLevel(Level.SEVERE);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1300,1800",
        "--user-data-dir=" + tmp.resolve("profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, o);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static Path build(Path notes, Path out) {
    CliRun r = CliRun.of(Path.of(""), "build", notes.toString(), "--no-grammar", "--no-cache",
        "--output", out.toString());
    assertThat(r.err()).isEmpty();
    return out.resolve("report.html");
  }

  private static List<WebElement> visibleRows() {
    return browser.findElements(By.cssSelector("table.findings tbody tr")).stream()
        .filter(WebElement::isDisplayed).toList();
  }

  @Test
  void seedsPageFiltersBySeverityRuleAndText() throws Exception {
    Path page = build(Path.of("input"), tmp.resolve("seeds"));
    browser.get(page.toUri().toString());
    int all = visibleRows().size();
    assertThat(all).isEqualTo(41);
    Files.write(Path.of("target", "report-seeds.png"),
        browser.getScreenshotAs(OutputType.BYTES));

    browser.findElement(By.cssSelector("button.card.sev-error")).click();
    List<WebElement> errors = visibleRows();
    assertThat(errors).hasSize(4)
        .allSatisfy(r -> assertThat(r.getAttribute("data-sev")).isEqualTo("error"));
    assertThat(browser.findElement(By.id("f-count")).getText())
        .isEqualTo("4 of 41 findings shown");

    browser.findElement(By.id("f-reset")).click();
    assertThat(visibleRows()).hasSize(all);
    browser.findElement(By.id("f-rule")).click();
    browser.findElement(By.cssSelector("#f-rule option[value='MIS-009']")).click();
    assertThat(visibleRows()).hasSize(2);
    browser.findElement(By.id("f-reset")).click();
    browser.findElement(By.id("f-q")).sendKeys("getcheckinterval");
    assertThat(visibleRows()).isNotEmpty().hasSizeLessThan(all)
        .allSatisfy(r -> assertThat(r.getText()).containsIgnoringCase("getcheckinterval"));
    assertThat(errorsInConsole()).isEmpty();
  }

  @Test
  void scriptPlantedInANoteDoesNotRun() throws Exception {
    Path notes = Files.createDirectories(tmp.resolve("planted"));
    String evil = "<script>window.pwned = 1; console.log('PWNED-1')</script>";
    String img = "<img src=x onerror=\"window.pwned = 2; console.log('PWNED-2')\">";
    Files.writeString(notes.resolve("a.md"), "# Notes\n\n## Empty " + evil + "\n\n## Next\n\n"
        + "Use sys.getcheckinterval() " + img + " to tune threads " + evil + ".\n\n"
        + "A paragraph repeated " + img + " in two notes for the duplicate view.\n");
    Files.writeString(notes.resolve("b.md"), "# More\n\n"
        + "A paragraph repeated " + img + " in two notes for the duplicate view.\n");
    browser.get(build(notes, tmp.resolve("planted-out")).toUri().toString());
    JavascriptExecutor js = browser;
    assertThat(js.executeScript("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(browser.findElements(By.cssSelector("body img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("body script"))).hasSize(1);
    assertThat(browser.findElement(By.id("findings")).getText())
        .contains("getcheckinterval() <img src=x onerror=");
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .extracting(LogEntry::getMessage).noneMatch(m -> m.contains("PWNED"));
  }

  private static List<String> errorsInConsole() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage).toList();
  }
}
