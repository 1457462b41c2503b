package org.shouhu.testing.browser;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips browser test classes when chromium or chromedriver is not installed, so that {@code ./mvnw test} passes on a
 * machine with only a JDK, and says so (with the install command) in the build output. With
 * {@code -Dshouhu.browser.required=true} the classes run anyway and fail on the missing browser
 * ({@link BrowserTestSupport}), so that CI never skips them.
 */
public class BrowserAvailability implements ExecutionCondition {

	private static final AtomicBoolean WARNED = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Chromium.installed()) {
			return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
		}
		if (Chromium.required()) {
			return ConditionEvaluationResult.enabled("shouhu.browser.required=true: a missing browser fails the test");
		}
		String reason = "SKIPPED: " + Chromium.missing() + "; -Dshouhu.browser.required=true makes this a failure";
		if (WARNED.compareAndSet(false, true)) {
			System.err.println("[WARNING] Browser tests " + reason);
		}
		return ConditionEvaluationResult.disabled(reason);
	}
}
