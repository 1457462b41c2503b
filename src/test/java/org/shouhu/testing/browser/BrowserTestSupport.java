package org.shouhu.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shouhu.testing.BrowserTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * Base for {@link BrowserTest browser tests}: the application on a random port, driven by Debian's headless chromium
 * at phone size (390 x 844) through Selenium. One browser per test class. Without chromium and chromedriver
 * ({@value Chromium#INSTALL}; CI does this) the classes are skipped ({@link BrowserAvailability}), or fail here when
 * {@code shouhu.browser.required} is {@code true}; paths in {@link Chromium}.
 */
@BrowserTest
public abstract class BrowserTestSupport {

	/** Phone width the pages must work at (DESIGN.md). */
	protected static final int PHONE_WIDTH = 390;
	private static final int PHONE_HEIGHT = 844;

	/**
	 * What a finger taps on every page: buttons, links styled as buttons, selects and text-like inputs in the page
	 * body, and the header's links and buttons. Checkboxes and radios are 22 px boxes on a big label instead, see
	 * {@link #assertCheckboxesHaveBigLabels()}.
	 */
	private static final List<String> TAP_TARGETS = List.of("main a.btn", "main button", "main select",
			"main input:not([type=hidden]):not([type=checkbox]):not([type=radio])", "header a", "header button");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static final Duration WAIT = Duration.ofSeconds(15);

	private static ChromeDriver driver;
	private static String axe;
	private static Path profile;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Chromium.installed()) {
			fail(Chromium.missing() + " (required: shouhu.browser.required=true)");
		}
		profile = Files.createTempDirectory("shouhu-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(Chromium.binary().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT, "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(Chromium.driver().toFile())
				.usingAnyFreePort()
				.build();
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (RuntimeException e) {
			FileSystemUtils.deleteRecursively(profile);
			fail("Could not start chromium (" + Chromium.binary() + ") through chromedriver (" + Chromium.driver() + "): " + e.getMessage(), e);
		}
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		// Chromium keeps windows at least 500 px wide, even headless: emulate the phone's viewport instead.
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 2, "mobile", true));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			driver = null;
			if (profile != null) {
				FileSystemUtils.deleteRecursively(profile);
				profile = null;
			}
		}
	}

	/** The browser of this test class. */
	protected WebDriver driver() {
		return driver;
	}

	/** {@code http://localhost:<port>} of the running application. */
	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	/** Opens a path of the application ({@code /regions}) and waits until the page has loaded. */
	protected void open(String path) {
		driver.get(baseUrl() + path);
		waitUntil(d -> "complete".equals(script("return document.readyState")));
	}

	/**
	 * Logs in through the login page: fills {@code #username} and {@code #password} on {@code /login} and submits;
	 * fails when the browser is still on the login page afterwards.
	 */
	protected void loginAs(String username, String password) {
		driver.manage().deleteAllCookies();
		open("/login");
		WebElement user = driver.findElement(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement secret = driver.findElement(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		secret.submit();
		try {
			new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
		}
		catch (org.openqa.selenium.TimeoutException e) {
			fail("Login as " + username + " failed: still on " + driver.getCurrentUrl());
		}
	}

	/** Types {@code text} into the field, replacing what it held. */
	protected void type(By field, String text) {
		WebElement input = waitFor(field);
		input.clear();
		input.sendKeys(text);
	}

	/** Scrolls the element to the middle of the screen, as a user would before tapping it (a sticky bar may otherwise take the click), and taps it. */
	protected void tap(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/** Chooses an option by its visible text, e.g. {@code choose(By.id("region-code-province"), "陕西省")}. */
	protected void choose(By select, String optionText) {
		new Select(waitFor(select)).selectByVisibleText(optionText);
	}

	/** Waits until the element is present and visible. */
	protected WebElement waitFor(By by) {
		return waitUntil(d -> {
			WebElement element = d.findElement(by);
			return element.isDisplayed() ? element : null;
		});
	}

	/** Waits (15 s at most) until the condition gives something other than null or false. */
	protected <T> T waitUntil(ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.NoSuchElementException.class)
				.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
	}

	/**
	 * Chooses {@code option} in a select of the cascading region picker and waits until the picker has reloaded
	 * itself with that choice (the next level's select appears then).
	 */
	protected void pickRegion(String selectId, String option) {
		choose(By.id(selectId), option);
		waitForHtmx();
		waitUntil(d -> new Select(d.findElement(By.id(selectId))).getFirstSelectedOption().getText().equals(option));
	}

	/** Waits until htmx has no request in flight and has settled its swaps. */
	protected void waitForHtmx() {
		waitUntil(d -> Boolean.TRUE.equals(script(
				"return document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0")));
	}

	/** Runs JavaScript in the page and returns its result. */
	protected Object script(String javascript, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(javascript, args);
	}

	/** Whether the page is wider than the window, i.e. the user would have to scroll sideways. */
	protected long documentWidth() {
		return ((Number) script("return document.documentElement.scrollWidth")).longValue();
	}

	/**
	 * Runs axe-core (its {@code axe.min.js}, from the test dependency {@code com.deque.html.axe-core:selenium}) on the
	 * page as it is now and fails with every violation: rule, impact and the elements. The browser is at phone size.
	 */
	protected void assertAccessible() {
		script(axeSource());
		Object violations = ((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(function (r) { done(r.violations.map(function (v) {
				    return v.id + ' (' + v.impact + '): ' + v.help + ' → '
				      + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
				  })); })
				  .catch(function (e) { done(['axe failed: ' + e]); });""");
		if (violations instanceof java.util.List<?> list && !list.isEmpty()) {
			fail("axe-core found " + list.size() + " accessibility violation(s) on " + driver.getCurrentUrl() + ":\n"
					+ String.join("\n", list.stream().map(String::valueOf).toList()));
		}
	}

	/**
	 * The page as it is now works on the phone: saves a {@link #screenshot(String) screenshot} named
	 * {@code screenshot} (none when it is {@code null}), axe-core finds no violation ({@link #assertAccessible()}),
	 * the page is no wider than {@link #PHONE_WIDTH}, and every visible tap target is at least 44 px high. Tap targets
	 * are those of every page ({@code main a.btn, main button, main select, main input} but hidden fields, checkboxes
	 * and radios, {@code header a, header button}) plus the CSS selectors in {@code moreTapTargets}, for the page's
	 * own controls (e.g. {@code main .chips label}).
	 */
	protected void assertFitsThePhone(String screenshot, String... moreTapTargets) {
		if (screenshot != null) {
			screenshot(screenshot);
		}
		assertAccessible();
		assertThat(documentWidth()).as("page width on " + driver.getCurrentUrl()).isLessThanOrEqualTo(PHONE_WIDTH);
		String targets = String.join(", ", Stream.concat(TAP_TARGETS.stream(), Stream.of(moreTapTargets)).toList());
		@SuppressWarnings("unchecked")
		List<String> small = (List<String>) script("""
				return [...document.querySelectorAll(arguments[0])]
				  .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)
				  .map(e => e.outerHTML.substring(0, 80));""", targets);
		assertThat(small).as("controls smaller than 44 px on " + driver.getCurrentUrl()).isEmpty();
	}

	/**
	 * Every visible checkbox and radio in the page body is at least 20 px high and sits in a label at least 44 px
	 * high, so a finger can tap the label rather than the box.
	 */
	protected void assertCheckboxesHaveBigLabels() {
		@SuppressWarnings("unchecked")
		List<String> tinyBoxes = (List<String>) script("""
				return [...document.querySelectorAll('main input[type=checkbox], main input[type=radio]')]
				  .filter(e => e.offsetParent !== null)
				  .filter(e => e.getBoundingClientRect().height < 20 || !e.closest('label')
				    || e.closest('label').getBoundingClientRect().height < 44)
				  .map(e => e.outerHTML.substring(0, 80));""");
		assertThat(tinyBoxes).as("checkboxes without a big label to tap on " + driver.getCurrentUrl()).isEmpty();
	}

	private static String axeSource() {
		if (axe == null) {
			try (var in = BrowserTestSupport.class.getClassLoader().getResourceAsStream("axe.min.js")) {
				if (in == null) {
					fail("axe.min.js is not on the test class path (dependency com.deque.html.axe-core:selenium)");
				}
				axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return axe;
	}

	/** Saves what the window shows as {@code target/screenshots/<name>.png}; returns the file. */
	protected Path screenshot(String name) {
		return save(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	/** Saves the whole page, beyond the window's height, as {@code target/screenshots/<name>.png}. */
	protected Path fullPageScreenshot(String name) {
		Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
				"height", ((Number) size.get("height")).doubleValue(), "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return save(name, Base64.getDecoder().decode((String) shot.get("data")));
	}

	private static Path save(String name, byte[] png) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, png);
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
