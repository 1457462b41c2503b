package org.shouhu.common;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets one instance of several run a scheduled job: {@link #tryAcquire} succeeds for one caller until the
 * hold time has passed.
 */
@Component
public class ScheduledJobLock {

	private final JdbcTemplate jdbc;
	private final Clock clock;
	private final String instance = ManagementFactory.getRuntimeMXBean().getName();

	ScheduledJobLock(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether this instance may run the named job now; if so, others may not for {@code hold}. */
	public boolean tryAcquire(String job, Duration hold) {
		Instant now = clock.instant();
		Timestamp until = Timestamp.from(now.plus(hold));
		int updated = jdbc.update(
				"update scheduled_job_lock set lock_until = ?, locked_at = ?, locked_by = ? where name = ? and lock_until <= ?",
				until, Timestamp.from(now), instance, job, Timestamp.from(now));
		if (updated == 1) {
			return true;
		}
		// "on conflict do nothing" rather than catching the duplicate key: on PostgreSQL a failed statement would
		// abort the caller's transaction (H2 supports the clause in PostgreSQL mode)
		return jdbc.update("""
				insert into scheduled_job_lock (name, lock_until, locked_at, locked_by) values (?, ?, ?, ?)
				on conflict do nothing""", job, until, Timestamp.from(now), instance) == 1;
	}
}
