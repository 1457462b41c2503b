package org.shouhu.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.shouhu.common.ScheduledJobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes audit events older than {@code shouhu.audit.retention-days} (default 180; lower values are raised to 180,
 * the minimum that 网络安全法 Art 21 asks for logs) once a day; one instance runs it.
 */
@Component
class AuditRetention {

	static final int MINIMUM_DAYS = 180;
	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	private final JdbcTemplate jdbc;
	private final ScheduledJobLock jobLock;
	private final Clock clock;
	private final int retentionDays;

	AuditRetention(JdbcTemplate jdbc, ScheduledJobLock jobLock, Clock clock,
			@Value("${shouhu.audit.retention-days:180}") int retentionDays) {
		this.jdbc = jdbc;
		this.jobLock = jobLock;
		this.clock = clock;
		this.retentionDays = Math.max(MINIMUM_DAYS, retentionDays);
	}

	int retentionDays() {
		return retentionDays;
	}

	@Scheduled(cron = "${shouhu.audit.retention-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
	void purgeDaily() {
		if (jobLock.tryAcquire("audit-retention", Duration.ofHours(1))) {
			purge();
		}
	}

	/** Deletes events older than the retention period; returns how many. */
	int purge() {
		Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
		int deleted = jdbc.update("delete from audit_event where at < ?", java.sql.Timestamp.from(cutoff));
		if (deleted > 0) {
			log.info("Purged {} audit events older than {} days", deleted, retentionDays);
		}
		return deleted;
	}
}
