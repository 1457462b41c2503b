package org.shouhu.protection;

import java.time.Clock;
import java.time.LocalDate;

import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildRegistered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reports and the child files they are about. Synchronous, in the transaction of the change: a concluded report that
 * confirmed harm gives the file 困境儿童（监护缺失或不当） in the same transaction (DOMAIN.md §1, through
 * {@link ChildManagement#recordHarmByGuardian}, which re-evaluates the categories like every change); a registered file
 * whose name and village are those of a report about a child not yet on file is linked to that report, which ends the
 * directors' REPORT_CHILD_NOT_ON_FILE item. The child module knows nothing of reports.
 */
@Component
class ReportListener {

	private final ReportRepository reports;
	private final ChildManagement children;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final ReportsAwaitingFile awaiting;

	ReportListener(ReportRepository reports, ChildManagement children, Clock clock, ApplicationEventPublisher events,
			ReportsAwaitingFile awaiting) {
		this.reports = reports;
		this.awaiting = awaiting;
		this.children = children;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	void on(ReportConcluded event) {
		if (event.harmConfirmed() && event.childId() != null) {
			children.recordHarmByGuardian(event.childId(), true, event.basis(), event.actorName());
		}
	}

	@EventListener
	void on(ChildRegistered event) {
		String name = null;
		for (Report report : awaiting.in(event.villageCode())) {
			if (name == null) {
				name = children.nameOf(event.childId());
			}
			if (report.getChildName() != null && report.getChildName().strip().equals(name.strip())) {
				report.linkTo(event.childId());
				reports.save(report);
				if (Boolean.TRUE.equals(report.getHarmConfirmed())) {
					events.publishEvent(new ConfirmedReportLinked(event.childId(), report.getId()));
				}
			}
		}
	}

	/**
	 * A report that had confirmed harm before the child was on file gives the newly registered file the category,
	 * once the registration has committed (its own transaction: the file's change path is not re-entered while the
	 * registration saves). Only files linked to such a report raise the event, so that registrations in bulk (an import)
	 * do not write an event publication per file.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void afterRegistration(ConfirmedReportLinked event) {
		reports.findFirstByChildIdAndHarmConfirmedTrueOrderByConcludedAtDesc(event.childId())
				.ifPresent(report -> children.recordHarmByGuardian(event.childId(), true,
						Reports.harmBasis(LocalDate.ofInstant(report.getReceivedAt(), clock.getZone()),
								report.getSituation()),
						report.getConcludedBy()));
	}
}
