package org.shouhu.protection;

import org.shouhu.care.AssessmentRecorded;
import org.shouhu.care.VisitRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Offers report suggestions when a visit or an assessment finds what must be reported, and closes them when a report
 * is filed for the child. Synchronous listeners in the publisher's transaction, like {@code care/CareScheduleListener}
 * (see the care module's package-info): the suggestion is on the director's list the moment the visit is saved, and
 * a failure here rolls the visit back instead of losing the suggestion.
 */
@Component
class SuggestionListener {

	private final ReportSuggestions suggestions;

	SuggestionListener(ReportSuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@EventListener
	void on(VisitRecorded event) {
		suggestions.visitRecorded(event);
	}

	@EventListener
	void on(AssessmentRecorded event) {
		suggestions.assessmentRecorded(event);
	}

	@EventListener
	void on(ReportFiled event) {
		suggestions.reportFiled(event);
	}
}
