package org.shouhu.child;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.shouhu.common.ScheduledJobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-evaluates categories every night (DOMAIN.md §1: a category appears on the day its condition is met and
 * disappears on the 16th/18th birthday). One instance runs it.
 */
@Component
class ChildReviewJob {

	private static final Logger log = LoggerFactory.getLogger(ChildReviewJob.class);

	private final ChildManagement children;
	private final ScheduledJobLock lock;
	private final Clock clock;

	ChildReviewJob(ChildManagement children, ScheduledJobLock lock, Clock clock) {
		this.children = children;
		this.lock = lock;
		this.clock = clock;
	}

	@Scheduled(cron = "0 30 1 * * *", zone = "Asia/Shanghai")
	void reevaluate() {
		if (lock.tryAcquire("child-review", Duration.ofHours(2))) {
			int count = children.reevaluateDue(LocalDate.now(clock));
			log.info("Re-evaluated the categories of {} child files", count);
		}
	}
}
