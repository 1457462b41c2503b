package org.shouhu.protection;

import org.shouhu.care.AssessmentRecorded;
import org.shouhu.care.Finding;
import org.shouhu.care.VisitRecorded;
import org.shouhu.child.ChildExited;
import org.shouhu.child.ChildRegistered;
import org.shouhu.child.ChildUpdated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens caregiver cases from what other modules record: a file saved with a caregiver who fails the Art 22 checklist
 * ({@link CaregiverRules}), a visit finding guardianship 严重, an assessment answering 监护照料 item 3 (照护人是否尽到
 * 照护职责) with 严重. A visit or assessment opens a case for a left-behind child or a file that names a caregiver (for
 * a child living with capable parents the finding is a matter for a report, not for a caregiver).
 * <p>
 * The listeners run after the triggering change committed, synchronously (the case is there when the request
 * answers), each case in a transaction of its own ({@link CaregiverCases#openIfNone}): a visit is never rolled back
 * because a case could not be opened, and two triggers at once meet at the unique index of the open case.
 */
@Component
class CaregiverCaseListener {

	/** The assessment item about the caregiver's capacity and diligence (care/AssessmentForm, seed 004 item 5). */
	static final String CAREGIVER_ITEM = "guardianship3";

	private final CaregiverCases cases;

	CaregiverCaseListener(CaregiverCases cases) {
		this.cases = cases;
	}

	/**
	 * Only a file registered with a checklist can fail it. The conditions here keep the event publication registry
	 * (which stores a row for every listener an event is for) free of files this listener would not act on: an import
	 * of thousands of files would otherwise write and complete a publication per file.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true,
			condition = "#event.caregiverChecked()")
	void on(ChildRegistered event) {
		cases.openIfNone(event.childId(), CaregiverCaseReason.CHECKLIST_FAILED, null, null);
	}

	/** Only a change of the caregiver part re-checks it (a case closed as improved is not reopened by other edits). */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true,
			condition = "#event.fields().contains('villageCode') or #event.fields().?[#this.startsWith('caregiver')].size() > 0")
	void on(ChildUpdated event) {
		if (event.fields().contains("villageCode")) {
			cases.childMoved(event.childId());
		}
		if (event.fields().stream().anyMatch(f -> f.startsWith("caregiver"))) {
			cases.openIfNone(event.childId(), CaregiverCaseReason.CHECKLIST_FAILED, null, null);
		}
	}

	/** An exited file's open case ends with it. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ChildExited event) {
		cases.childExited(event.childId(), event.reason() == null ? "" : event.reason().label());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(VisitRecorded event) {
		if (event.findings() != null && event.findings().guardianship() == Finding.SERIOUS) {
			cases.openIfNone(event.childId(), CaregiverCaseReason.VISIT_GUARDIANSHIP_SERIOUS, event.problems(),
					event.visitId());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(AssessmentRecorded event) {
		if (Finding.SERIOUS.name().equals(event.answers().get(CAREGIVER_ITEM))) {
			cases.openIfNone(event.childId(), CaregiverCaseReason.ASSESSMENT_CAREGIVER_INCAPABLE, null,
					event.assessmentId());
		}
	}
}
