package vn.antq.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.antq.launcher.seed.Tokens;

/**
 * The web console in a real headless Chromium (Debian's chromium and chromium-driver), against the
 * whole platform: a Cà Mau officer logs in through identity, sees the dashboard's figures equal the
 * API's, creates a model (a server field error shown next to its field, then a session that expired
 * mid-form: log in again and find the form as it was), dry-runs an import with bad rows and sees every
 * one, logs out; the province administrator approves a period; the Ministry sees the provinces in
 * the national table; a Bạc Liêu officer reads the 2023 awards summary (equal to the API's, both files
 * downloadable) and the Ministry the award timeliness by province. Screenshots of every step land in
 * target/console-screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/console-screenshots");
  private static final String PASSWORD = "antq-demo";
  private static final String SESSION_COOKIE = "ANTQ_CONSOLE_SESSION";
  // Cookies ignore ports: identity's session cookie on localhost is visible from the console's pages too.
  private static final String IDENTITY_SESSION_COOKIE = "ANTQ_IDENTITY_SESSION";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  // Cà Mau: PlatformIT asserts Bạc Liêu's figures; other tests read only Cà Mau's 2023 campaign summary.
  private static final String PROVINCE = "ca-mau";
  private static final String PERIOD = "2024-06";

  private static RunningPlatform platform;
  private static WebDriver driver;
  private static WebDriverWait wait;
  private static Path profile;
  private static int shot;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "ConsoleIT needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
            + "apt-get install -y chromium chromium-driver");
    platform = RunningPlatform.shared();
    Files.createDirectories(SCREENSHOTS);
    try (var old = Files.newDirectoryStream(SCREENSHOTS, "*.png")) {
      for (Path file : old) {
        Files.delete(file);
      }
    }
    profile = Files.createTempDirectory("antq-console-chromium");
    ChromeOptions options = new ChromeOptions();
    // The machine's browser and driver, named explicitly: Selenium Manager has nothing to download.
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(40));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Test
  @Order(1)
  void officerLogsInAndTheDashboardShowsTheApisFigures() {
    logIn("canbo.camau");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=dash-models]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=dash-launches]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=dash-welfare-value]")));
    screenshot("dashboard");
    assertThat(driver.findElement(By.cssSelector("[data-testid=user]")).getText()).isEqualTo("Cán bộ Cà Mau");

    String token = machineToken();
    JsonNode counts = api(token, "/api/v1/provinces/ca-mau/counts");
    assertThat(figure("dash-models")).isEqualTo(grouped(counts.path("models").asLong()));
    assertThat(figure("dash-points")).isEqualTo(grouped(counts.path("replicationPoints").asLong()));
    assertThat(figure("dash-groups")).isEqualTo(grouped(counts.path("groups").asLong()));
    assertThat(figure("dash-members")).isEqualTo(grouped(counts.path("members").asLong()));

    String year = new Select(driver.findElement(By.cssSelector("[data-testid=dash-year]"))).getFirstSelectedOption().getText();
    JsonNode totals = api(token, "/api/v1/provinces/ca-mau/periods/" + year + "/summary").path("province");
    assertThat(totals.path("launches").asLong()).isPositive();
    assertThat(figure("dash-launches")).isEqualTo(grouped(totals.path("launches").asLong()));
    assertThat(figure("dash-tips")).isEqualTo(grouped(totals.path("tipsReceived").asLong()));
    assertThat(figure("dash-mediations")).isEqualTo(grouped(totals.path("disputesMediated").asLong()));
    assertThat(driver.findElements(By.cssSelector("figure.chart svg rect.bar"))).as("charts drawn").isNotEmpty();

    // On a phone-sized screen the navigation folds behind a menu button.
    driver.manage().window().setSize(new Dimension(390, 844));
    WebElement menu = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.menu-toggle")));
    assertThat(driver.findElement(By.id("nav")).isDisplayed()).isFalse();
    screenshot("dashboard-narrow");
    menu.click();
    assertThat(driver.findElement(By.id("nav")).isDisplayed()).isTrue();
    assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
    screenshot("dashboard-narrow-menu");
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @Test
  @Order(2)
  void officerCreatesAModelKeepingWhatWasTypedThroughAnErrorAndAnExpiredSession() {
    openFromMenu("Mô hình", "/models");
    String code = "CM-CONSOLE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String name = "Tổ tự quản an ninh bến đò Cà Mau";
    type("model-create-code", code);
    new Select(driver.findElement(By.id("model-create-sector"))).selectByValue("WATERWAYS");
    type("model-create-description", "Mô hình do bảng điều khiển tạo");
    driver.findElement(By.cssSelector("[data-testid=model-create] button[type=submit]")).click();

    // The server's field error appears next to the field; what was typed stays.
    WebElement nameError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("model-create-displayName-error")));
    assertThat(nameError.getText()).isNotBlank();
    assertThat(driver.findElement(By.id("model-create-displayName")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(driver.findElement(By.id("model-create-code")).getDomProperty("value")).isEqualTo(code);
    screenshot("model-field-error");

    // Both sessions end (the console's and identity's) while the form is half filled: submitting sends
    // the user through login and back to the form as it was.
    type("model-create-displayName", name);
    driver.manage().deleteCookieNamed(SESSION_COOKIE);
    driver.manage().deleteCookieNamed(IDENTITY_SESSION_COOKIE);
    driver.findElement(By.cssSelector("[data-testid=model-create] button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
    screenshot("session-expired-login");
    logInOnIdentityPage("canbo.camau");
    wait.until(ExpectedConditions.urlToBe(platform.gateway + "/models"));
    WebElement restoredName = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("model-create-displayName")));
    assertThat(restoredName.getDomProperty("value")).isEqualTo(name);
    assertThat(driver.findElement(By.id("model-create-code")).getDomProperty("value")).isEqualTo(code);
    assertThat(driver.findElement(By.id("model-create-sector")).getDomProperty("value")).isEqualTo("WATERWAYS");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", restoredName);
    screenshot("form-restored");

    driver.findElement(By.cssSelector("[data-testid=model-create] button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=models-table]"), code));
    screenshot("model-created");
    JsonNode found = api(machineToken(), "/api/v1/provinces/ca-mau/models?text=" + code.toLowerCase());
    assertThat(found.path("models")).hasSize(1);
    assertThat(found.path("models").get(0).path("displayName").asString()).isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC));
    assertThat(found.path("models").get(0).path("sector").asString()).isEqualTo("WATERWAYS");
  }

  @Test
  @Order(3)
  void officerDryRunsAnImportAndSeesEveryBadRow() throws IOException {
    openFromMenu("Thành viên", "/members");
    driver.findElement(By.linkText("Nhập danh sách →")).click();
    wait.until(ExpectedConditions.urlToBe(platform.gateway + "/members/import"));
    Path roster = Files.createTempFile("roster-", ".csv");
    Files.writeString(roster, String.join("\n",
        "STT,Họ và tên,Ngày sinh,Giới tính,Số CCCD,Xã/Phường,Quận/Huyện,Mã mô hình,Mã tổ",
        "1,Nguyễn Văn Bình,31/02/1990,Nam,096090001234,Phường 1,Thành phố Cà Mau,CM-NONE,g-none",
        "2,Trần Thị Cúc,01/01/1985,Nữ,12345,Phường 2,Thành phố Cà Mau,CM-NONE,g-none",
        "3,,15/05/1980,Nam,096080001111,Phường 5,Thành phố Cà Mau,CM-NONE,g-none") + "\n", StandardCharsets.UTF_8);
    driver.findElement(By.id("import-file")).sendKeys(roster.toAbsolutePath().toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=import-dry-run]"))).click();

    WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=import-errors]")));
    screenshot("import-dry-run-report");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", errors);
    screenshot("import-dry-run-errors");
    List<String> lines = errors.findElements(By.cssSelector("tbody tr td:first-child")).stream().map(WebElement::getText).toList();
    assertThat(lines).as("each bad row is listed with its line").contains("2", "3", "4");
    assertThat(Integer.parseInt(driver.findElement(By.cssSelector("[data-testid=import-error-count]")).getText()))
        .isEqualTo(lines.size());
    assertThat(driver.findElements(By.cssSelector("[data-testid=import-confirm]"))).as("no import while rows are bad").isEmpty();
    Files.delete(roster);
  }

  @Test
  @Order(4)
  void officerLogsOut() {
    logOut();
  }

  @Test
  @Order(5)
  void administratorApprovesAPeriod() {
    logIn("quantri.camau");
    driver.get(platform.gateway + "/periods?period=" + PERIOD);
    WebElement state = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=period-state]")));
    assertThat(state.getText()).isEqualTo("Đang mở");
    assertThat(figure("period-launches")).isEqualTo("0");
    type("campaign-create-title", "Lễ ra mắt mô hình bến đò an toàn");
    type("campaign-create-organizer", "Công an huyện Năm Căn");
    type("campaign-create-startDate", "15/06/2024");
    type("campaign-create-district", "Huyện Năm Căn");
    type("campaign-create-attendees", "120");
    driver.findElement(By.cssSelector("#launch-title + form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=period-launches]"), "1"));
    screenshot("period-open");
    driver.findElement(By.cssSelector("[data-testid=period-approve]")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=period-state]"), "Đã phê duyệt"));
    screenshot("period-approved");
    assertThat(api(Tokens.clientCredentials(platform.identity, "ca-mau-sync"), "/api/v1/provinces/ca-mau/periods/" + PERIOD)
        .path("state").asString()).isEqualTo("APPROVED");
    logOut();
  }

  @Test
  @Order(6)
  void ministrySeesTheProvincesInTheNationalTable() {
    logIn("chuyenvien.bo");
    WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=national-table]")));
    List<String> provinces = table.findElements(By.cssSelector("tbody tr")).stream().map(row -> row.getAttribute("data-province")).toList();
    assertThat(provinces).contains("bac-lieu", "ca-mau");
    screenshot("national-table");
    JsonNode dashboard = api(Tokens.clientCredentials(platform.identity, "ministry-reports"), "/api/v1/national/dashboard");
    for (JsonNode province : dashboard.path("provinces")) {
      String slug = province.path("province").asString();
      if (!List.of("bac-lieu", "ca-mau").contains(slug)) {
        continue;
      }
      // Columns: province, models, points, groups, members, … grouped the Vietnamese way (1.522).
      List<String> cells = table.findElements(By.cssSelector("tbody tr[data-province=" + slug + "] td")).stream()
          .map(WebElement::getText).toList();
      assertThat(cells.subList(0, 4)).as(slug).containsExactly(grouped(province.path("models").asLong()),
          grouped(province.path("replicationPoints").asLong()), grouped(province.path("groups").asLong()),
          grouped(province.path("members").asLong()));
    }

    new Select(driver.findElement(By.cssSelector("header .lang select"))).selectByValue("en");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "National figures by province"));
    long groups = dashboard.path("nation").path("groups").asLong();
    WebElement nation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=national-table] tfoot")));
    assertThat(nation.getText()).as("grouped the English way").contains(String.format(Locale.US, "%,d", groups));
    screenshot("national-table-english");
    new Select(driver.findElement(By.cssSelector("header .lang select"))).selectByValue("vi");

    openFromMenu("Mô hình điển hình", "/national/catalogue");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=catalogue-table] tbody tr")));
    screenshot("national-catalogue");
    logOut();
  }

  @Test
  @Order(7)
  void awardsSummaryEqualsTheApisAndTheMinistrySeesTimelinessByProvince() {
    // Bạc Liêu only read here: AwardsIT and PlatformIT assert its 2023 figures.
    logIn("canbo.baclieu");
    openFromMenu("Thi đua, khen thưởng", "/awards");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=nominations-table] tbody tr")));
    screenshot("awards-nominations");
    type("award-year-year", "2023");
    submitFormOf("award-year-year");
    wait.until(ExpectedConditions.urlToBe(platform.gateway + "/awards?year=2023"));
    JsonNode api = api(Tokens.clientCredentials(platform.identity, "bac-lieu-sync"), "/api/v1/provinces/bac-lieu/awardSummary"
        + "?startDate.year=2023&startDate.month=1&startDate.day=1&endDate.year=2023&endDate.month=12&endDate.day=31");
    // The current year's summary shows until 2023's arrives.
    wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=awards-collectives]"), grouped(api.path("collectives").asLong())));
    WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=award-summary] tfoot tr")));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", summary);
    screenshot("awards-summary-2023");
    Map<String, String> expected = new HashMap<>();
    api.path("levels").forEach(level -> expected.put(level.path("issuingLevel").asString(),
        level.path("collectives").asInt() + "+" + level.path("individuals").asInt()));
    assertThat(expected).containsExactlyInAnyOrderEntriesOf(Map.of(
        "FATHERLAND_FRONT_CENTRAL", "1+1", "MINISTRY", "9+40", "PROVINCIAL_COMMITTEE", "24+67"));
    Map<String, String> shown = new HashMap<>();
    for (WebElement row : driver.findElements(By.cssSelector("[data-testid=award-summary] tfoot tr"))) {
      shown.put(row.getAttribute("data-level"), row.findElement(By.cssSelector("[data-testid=level-collectives]")).getText()
          + "+" + row.findElement(By.cssSelector("[data-testid=level-individuals]")).getText());
    }
    assertThat(shown).isEqualTo(expected);
    assertThat(figure("awards-collectives")).isEqualTo(grouped(api.path("collectives").asLong()));
    assertThat(figure("awards-individuals")).isEqualTo(grouped(api.path("individuals").asLong()));

    // The download links are plain GETs carried by the session cookie.
    for (String format : List.of("csv", "xlsx")) {
      String href = driver.findElement(By.cssSelector("[data-testid=export-" + format + "]")).getAttribute("href");
      Object status = ((JavascriptExecutor) driver).executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + b.byteLength)));",
          href);
      assertThat(String.valueOf(status)).as(href).startsWith("200 ").doesNotEndWith(" 0");
    }
    logOut();

    logIn("chuyenvien.bo");
    openFromMenu("Khen thưởng toàn quốc", "/national/awards");
    type("national-awards-year-year", "2023");
    submitFormOf("national-awards-year-year");
    wait.until(ExpectedConditions.urlToBe(platform.gateway + "/national/awards?year=2023"));
    // The year's figures replace the current year's once they arrive: Bạc Liêu's row then shows 2023.
    String baclieuRow = "[data-testid=award-timeliness] tbody tr[data-province=bac-lieu] td";
    List<String> baclieu2023 = List.of(grouped(api.path("collectives").asLong()), grouped(api.path("individuals").asLong()));
    wait.until(d -> {
      List<String> cells = d.findElements(By.cssSelector(baclieuRow)).stream().map(WebElement::getText).toList();
      return cells.size() >= 2 && cells.subList(0, 2).equals(baclieu2023);
    });
    List<String> provinces = driver.findElements(By.cssSelector("[data-testid=award-timeliness] tbody tr")).stream()
        .map(row -> row.getAttribute("data-province")).toList();
    screenshot("national-award-timeliness");
    JsonNode national = api(Tokens.clientCredentials(platform.identity, "ministry-reports"), "/api/v1/national/awards"
        + "?startDate.year=2023&startDate.month=1&startDate.day=1&endDate.year=2023&endDate.month=12&endDate.day=31");
    assertThat(provinces).isEqualTo(national.path("provinces").valueStream().map(p -> p.path("province").asString()).toList())
        .hasSizeGreaterThanOrEqualTo(2);
    logOut();
  }

  // --- steps

  private static void logIn(String username) {
    driver.get(platform.gateway + "/");
    logInOnIdentityPage(username);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=user]")));
  }

  private static void logInOnIdentityPage(String username) {
    WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(driver.getCurrentUrl()).as("the login page is identity's").startsWith(platform.identity);
    screenshot("login-" + username);
    user.sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
  }

  private static void logOut() {
    driver.findElement(By.cssSelector("button.logout")).click();
    // Gateway session and identity session both end: the console asks for a login again.
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(driver.getCurrentUrl()).startsWith(platform.identity);
    screenshot("logged-out");
    // The console's API no longer knows this browser.
    driver.get(platform.gateway + "/api/v1/session");
    assertThat(driver.getPageSource()).contains("\"status\":401");
  }

  private static void openFromMenu(String label, String path) {
    driver.findElement(By.cssSelector("nav")).findElement(By.linkText(label)).click();
    wait.until(ExpectedConditions.urlToBe(platform.gateway + path));
  }

  private static void type(String id, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    input.clear();
    input.sendKeys(text);
  }

  private static void submitFormOf(String inputId) {
    driver.findElement(By.xpath("//*[@id='" + inputId + "']/ancestor::form//button[@type='submit']")).click();
  }

  private static String figure(String testId) {
    return driver.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
  }

  /** 1522 → "1.522", as the console shows it in Vietnamese. */
  private static String grouped(long value) {
    return String.format(Locale.GERMANY, "%,d", value);
  }

  private static void screenshot(String step) {
    Path target = SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shot, step));
    try {
      Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String machineToken() {
    return Tokens.clientCredentials(platform.identity, PROVINCE + "-sync");
  }

  private static JsonNode api(String token, String path) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gateway + path))
          .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
