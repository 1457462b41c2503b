package org.shouhu.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.shouhu.testing.browser.BrowserAvailability;
import org.shouhu.testing.browser.BrowserTestSupport;

/**
 * A browser test: the application on a random port (the {@link ServerTest} context) driven by headless chromium at
 * phone size through Selenium; extend {@link BrowserTestSupport} for the browser and its helpers. Runs whenever
 * chromium and chromedriver are installed; without them the class is reported as skipped with the install command
 * ({@link BrowserAvailability}), unless {@code -Dshouhu.browser.required=true} (set by {@code .ci/run}) makes that a
 * failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ServerTest
@ExtendWith(BrowserAvailability.class)
public @interface BrowserTest {
}
