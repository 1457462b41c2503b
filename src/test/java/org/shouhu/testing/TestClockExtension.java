package org.shouhu.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Puts the {@link TestClock} back to the system time after each test. Part of every test kind's annotation. */
public class TestClockExtension implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		TestClock.reset();
	}
}
