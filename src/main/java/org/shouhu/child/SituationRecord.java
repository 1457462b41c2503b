package org.shouhu.child;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One situation of the father ({@code F}) or the mother ({@code M}). */
@Embeddable
class SituationRecord {

	@Column(nullable = false, length = 1)
	String parent;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	SituationType type;

	LocalDate since;

	@Column(name = "until_date")
	LocalDate until;

	protected SituationRecord() {
	}

	SituationRecord(String parent, SituationType type, LocalDate since, LocalDate until) {
		this.parent = parent;
		this.type = type;
		this.since = since;
		this.until = until;
	}
}
