package org.shouhu.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The application's {@link Clock} in every test context (it replaces the system clock of {@code ClockConfiguration},
 * which yields to any other {@code Clock} bean). It runs like the system clock in China Standard Time until a test
 * moves it:
 * <pre>
 * &#64;Autowired TestClock clock;
 * clock.setToday(LocalDate.of(2026, 3, 1));   // the application's "today", from now on in this test
 * clock.advance(Duration.ofDays(31));          // a month later
 * </pre>
 * The clock keeps running from the time set. {@link TestClockExtension}, part of every test kind's annotation
 * ({@link IntegrationTest}, {@link PageTest}, {@link ServerTest}, {@link BrowserTest}), puts it back to the system
 * time after each test, so set it in the test or in {@code @BeforeEach}, not in {@code @BeforeAll}. The offset is one
 * for the whole JVM (test classes run one after another), so fixtures that reckon dates ({@link Children#today()})
 * and every test context agree with the application. Scheduled jobs read it too.
 */
@Component
public class TestClock extends Clock {

	/** Zone in which the application reckons "today". */
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

	/** Today as the application sees it. */
	public static LocalDate today() {
		return LocalDate.ofInstant(now(), CHINA);
	}

	/** Back to the system time (done after each test by {@link TestClockExtension}). */
	public static void reset() {
		OFFSET.set(Duration.ZERO);
	}

	private static Instant now() {
		return Instant.now().plus(OFFSET.get());
	}

	/** Moves the clock to noon (China Standard Time) of the day; it runs on from there. */
	public void setToday(LocalDate day) {
		set(day.atTime(LocalTime.NOON).atZone(CHINA).toInstant());
	}

	/** Moves the clock to the instant; it runs on from there. */
	public void set(Instant instant) {
		OFFSET.set(Duration.between(Instant.now(), instant));
	}

	/** Moves the clock forward (or back, for a negative duration). */
	public void advance(Duration duration) {
		OFFSET.accumulateAndGet(duration, Duration::plus);
	}

	@Override
	public ZoneId getZone() {
		return CHINA;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		if (zone.equals(CHINA)) {
			return this;
		}
		TestClock clock = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return clock.withZone(other);
			}

			@Override
			public Instant instant() {
				return clock.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		return now();
	}
}
