package org.shouhu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TestClockTests {

	@Autowired
	Clock applicationClock;

	@Autowired
	TestClock clock;

	@Test
	void theApplicationReadsTheTestClockAndFixturesAgreeWithIt() {
		assertThat(applicationClock).isSameAs(clock);
		assertThat(LocalDate.now(applicationClock)).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));

		clock.setToday(LocalDate.of(2026, 3, 1));
		assertThat(LocalDate.now(applicationClock)).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Children.today()).isEqualTo(LocalDate.of(2026, 3, 1));

		clock.advance(Duration.ofDays(31));
		assertThat(LocalDate.now(applicationClock)).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(LocalDate.now(applicationClock.withZone(ZoneId.of("UTC")))).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	void theExtensionPutsTheClockBackAfterEachTest() {
		clock.setToday(LocalDate.of(2001, 1, 1));
		new TestClockExtension().afterEach(null);
		assertThat(LocalDate.now(applicationClock)).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
	}
}
