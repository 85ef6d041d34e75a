package org.casereviews.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium, driven by chromedriver from the same package set. */
final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path downloads;

  Browser() throws Exception {
    Path profile = Files.createTempDirectory("casereviews-chromium");
    downloads = Files.createTempDirectory("casereviews-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  void open(String url) {
    driver.get(url);
  }

  void type(String id, String text) {
    WebElement field = visible(id);
    field.clear();
    field.sendKeys(text);
  }

  void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /** Chooses a file in a file input, which may be visually hidden behind a styled button. */
  void attach(String id, Path file) {
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).sendKeys(file.toString());
  }

  /**
   * Picks the option with this label in a PrimeFaces select menu, through the menu's own widget (as
   * a click on the item would), so that its change events run.
   */
  void choose(String id, String label) {
    visible(id);
    Object chosen =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                    + "var option = Array.from(select.options).find(o => o.text === arguments[1]);"
                    + "if (!option) { return false; }"
                    + "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                    + "menu.selectValue(option.value);"
                    + "if (typeof menu.triggerChange === 'function') { menu.triggerChange(true); }"
                    + " else { $(select).trigger('change'); }"
                    + "return true;",
                id,
                label);
    if (!Boolean.TRUE.equals(chosen)) {
      throw new IllegalArgumentException("no option '" + label + "' in " + id);
    }
  }

  /** Types a date (dd/MM/yyyy) into a PrimeFaces date picker and closes its calendar. */
  void typeDate(String id, String date) {
    WebElement field = visible(id + "_input");
    field.clear();
    field.sendKeys(date);
    field.sendKeys(Keys.ESCAPE);
  }

  void clickLabelFor(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + id + "']")))
        .click();
  }

  WebElement visible(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  void waitForText(String text) {
    try {
      wait.until(
          acrossPageChanges(
              ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text)));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "'" + text + "' never appeared on the page, which reads:\n" + text(), e);
    }
  }

  /**
   * The condition, asked again when the page it read was being replaced as it read it: Chromium
   * then says the node "does not belong to the document", where other browsers throw the stale
   * element exception that the conditions already ask again after.
   */
  private static <T> ExpectedCondition<T> acrossPageChanges(ExpectedCondition<T> condition) {
    return driver -> {
      try {
        return condition.apply(driver);
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return null;
        }
        throw e;
      }
    };
  }

  /** Picks the option with this label in a plain HTML select (no PrimeFaces widget). */
  void select(String id, String label) {
    new Select(visible(id)).selectByVisibleText(label);
  }

  /** Whether the page has an element with this id, visible or not. */
  boolean present(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  String attribute(String id, String name) {
    return visible(id).getAttribute(name);
  }

  String value(String id) {
    return visible(id).getAttribute("value");
  }

  /** Waits for a download to finish and returns the file. */
  Path downloaded(String fileName) throws InterruptedException {
    Path file = downloads.resolve(fileName);
    for (int i = 0; i < 100 && !Files.isRegularFile(file); i++) {
      Thread.sleep(200);
    }
    if (!Files.isRegularFile(file)) {
      throw new AssertionError(fileName + " was not downloaded");
    }
    return file;
  }

  /** Runs a script in the page and gives its result. */
  Object script(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
