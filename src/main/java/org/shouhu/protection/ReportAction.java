package org.shouhu.protection;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One handling action of an accepted report (part of the {@link Report} aggregate). */
@Entity
@Table(name = "protection_report_action")
class ReportAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "taken_on", nullable = false)
	private LocalDate takenOn;

	@Column(nullable = false, length = Report.TEXT_LIMIT)
	private String description;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ReportAction() {
	}

	ReportAction(LocalDate takenOn, String description, String recordedBy, Instant recordedAt) {
		this.takenOn = takenOn;
		this.description = description;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	ReportActionView view() {
		return new ReportActionView(id == null ? 0 : id, takenOn, description, recordedBy, recordedAt);
	}
}
