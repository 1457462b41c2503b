package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class ScheduledJobLockTests {

	@Autowired
	ScheduledJobLock lock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void firstCallerGetsTheJob() {
		assertThat(lock.tryAcquire(uniqueJob(), Duration.ofMinutes(10))).isTrue();
	}

	@Test
	void nobodyElseGetsTheJobWhileItIsHeld() {
		String job = uniqueJob();
		assertThat(lock.tryAcquire(job, Duration.ofMinutes(10))).isTrue();

		assertThat(lock.tryAcquire(job, Duration.ofMinutes(10))).isFalse();
		assertThat(lock.tryAcquire(job, Duration.ofSeconds(1))).isFalse();
	}

	@Test
	void holdingOneJobDoesNotBlockAnother() {
		String job = uniqueJob();
		assertThat(lock.tryAcquire(job, Duration.ofMinutes(10))).isTrue();

		assertThat(lock.tryAcquire(uniqueJob(), Duration.ofMinutes(10))).isTrue();
	}

	@Test
	void theJobIsFreeAgainOnceTheHoldHasPassed() {
		String job = uniqueJob();
		assertThat(lock.tryAcquire(job, Duration.ofMinutes(10))).isTrue();
		holdEndedAnHourAgo(job);

		assertThat(lock.tryAcquire(job, Duration.ofMinutes(10))).isTrue();
		assertThat(lock.tryAcquire(job, Duration.ofMinutes(10))).as("held again after re-acquiring").isFalse();
	}

	@Test
	void recordsWhoHoldsTheJobAndUntilWhen() {
		String job = uniqueJob();
		Instant before = Instant.now();
		assertThat(lock.tryAcquire(job, Duration.ofHours(2))).isTrue();

		Timestamp until = jdbc.queryForObject("select lock_until from scheduled_job_lock where name = ?", Timestamp.class, job);
		String holder = jdbc.queryForObject("select locked_by from scheduled_job_lock where name = ?", String.class, job);
		assertThat(until.toInstant()).isAfter(before.plus(Duration.ofMinutes(110)));
		assertThat(holder).isNotBlank();
	}

	@Test
	void aRefusedAcquireLeavesTheCallersTransactionUsable() {
		String job = uniqueJob();
		assertThat(lock.tryAcquire(job, Duration.ofMinutes(10))).isTrue();

		Integer afterwards = transactions.execute(status -> {
			assertThat(lock.tryAcquire(job, Duration.ofMinutes(10))).isFalse();
			return jdbc.queryForObject("select count(*) from scheduled_job_lock where name = ?", Integer.class, job);
		});
		assertThat(afterwards).isEqualTo(1);
	}

	private void holdEndedAnHourAgo(String job) {
		int updated = jdbc.update("update scheduled_job_lock set lock_until = ? where name = ?",
				Timestamp.from(Instant.now().minus(Duration.ofHours(1))), job);
		assertThat(updated).isEqualTo(1);
	}

	private static String uniqueJob() {
		return "test-" + UUID.randomUUID();
	}
}
