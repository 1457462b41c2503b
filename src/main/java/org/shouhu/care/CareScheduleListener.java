package org.shouhu.care;

import org.shouhu.child.ChildCategoriesChanged;
import org.shouhu.child.ChildExited;
import org.shouhu.child.ChildRegistered;
import org.shouhu.child.ChildReviewed;
import org.shouhu.child.ChildUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each file's schedule row current with the child module's events and assessments. Synchronous listeners, in
 * the transaction of the change (see package-info): a registered child is on the to-do list at once, an exited one
 * leaves it at once, and a failure here rolls the change back instead of leaving the schedule behind.
 */
@Component
class CareScheduleListener {

	private final CareSchedules schedules;

	CareScheduleListener(CareSchedules schedules) {
		this.schedules = schedules;
	}

	@EventListener
	void on(ChildRegistered event) {
		schedules.registered(event.childId());
	}

	/** Also published on reactivation (status back to ACTIVE) and on a move to another village. */
	@EventListener
	void on(ChildUpdated event) {
		schedules.refresh(event.childId());
	}

	@EventListener
	void on(ChildExited event) {
		schedules.refresh(event.childId());
	}

	@EventListener
	void on(ChildCategoriesChanged event) {
		schedules.refresh(event.childId());
	}

	/** A parent's situation may have ended (close attention for a parent's illness or disability ends with it). */
	@EventListener
	void on(ChildReviewed event) {
		schedules.refresh(event.childId(), event.on());
	}

	@EventListener
	void on(AssessmentRecorded event) {
		schedules.assessmentRecorded(event.assessmentId(), event.childId(), event.riskLevel(), event.assessedOn());
	}
}
