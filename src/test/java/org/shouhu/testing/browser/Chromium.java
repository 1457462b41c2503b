package org.shouhu.testing.browser;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the browser tests find Debian's chromium and chromedriver, and whether they must: system properties
 * {@code shouhu.browser.chromium} (default {@code /usr/bin/chromium}), {@code shouhu.browser.chromedriver} (default
 * {@code /usr/bin/chromedriver}) and {@code shouhu.browser.required} ({@code true} in CI: a missing browser fails the
 * browser tests instead of skipping them).
 */
final class Chromium {

	static final String INSTALL = "apt-get install chromium chromium-driver fonts-wqy-microhei";

	private Chromium() {
	}

	static Path binary() {
		return Path.of(System.getProperty("shouhu.browser.chromium", "/usr/bin/chromium"));
	}

	static Path driver() {
		return Path.of(System.getProperty("shouhu.browser.chromedriver", "/usr/bin/chromedriver"));
	}

	static boolean required() {
		return Boolean.getBoolean("shouhu.browser.required");
	}

	/** Whether both programs are there and executable. */
	static boolean installed() {
		return Files.isExecutable(binary()) && Files.isExecutable(driver());
	}

	/** What is missing and how to install it. */
	static String missing() {
		return "Browser tests need chromium at " + binary() + " and chromedriver at " + driver()
				+ " (system properties shouhu.browser.chromium, shouhu.browser.chromedriver): install them with `"
				+ INSTALL + "`";
	}
}
