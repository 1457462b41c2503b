package org.shouhu.statistics;

import org.shouhu.child.ChildCategoriesChanged;
import org.shouhu.child.ChildExited;
import org.shouhu.child.ChildRegistered;
import org.shouhu.child.ChildReviewed;
import org.shouhu.child.ChildUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows every change of a file in its transaction (see package-info): the child is noted and counted anew before
 * the commit, once however many events the change raised. A move to another village is a {@link ChildUpdated} with
 * the new village code.
 */
@Component
class StatisticsListener {

	private final StatisticsCounters counters;

	StatisticsListener(StatisticsCounters counters) {
		this.counters = counters;
	}

	@EventListener
	void on(ChildRegistered event) {
		counters.changed(event.childId());
	}

	@EventListener
	void on(ChildUpdated event) {
		counters.changed(event.childId());
	}

	@EventListener
	void on(ChildExited event) {
		counters.changed(event.childId());
	}

	@EventListener
	void on(ChildCategoriesChanged event) {
		counters.changed(event.childId());
	}

	@EventListener
	void on(ChildReviewed event) {
		counters.changed(event.childId());
	}
}
