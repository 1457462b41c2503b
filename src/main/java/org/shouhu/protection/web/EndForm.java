package org.shouhu.protection.web;

import java.time.LocalDate;

import org.shouhu.protection.EndIntervention;
import org.shouhu.protection.InterventionOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The form that ends a temporary guardianship; field names as {@link EndIntervention}. Bound as JavaBeans. */
public class EndForm {

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate endedOn;
	private InterventionOutcome outcome;
	private String note;

	EndIntervention toEnd() {
		return new EndIntervention(endedOn, outcome, note);
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public void setEndedOn(LocalDate endedOn) {
		this.endedOn = endedOn;
	}

	public InterventionOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(InterventionOutcome outcome) {
		this.outcome = outcome;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
