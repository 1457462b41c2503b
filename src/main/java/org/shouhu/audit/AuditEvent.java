package org.shouhu.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audited event. Immutable once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false, length = 100)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AuditAction action;

	@Column(name = "subject_type", length = 30)
	private String subjectType;

	@Column(name = "subject_id", length = 64)
	private String subjectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private AuditOutcome outcome;

	@Column(length = 64)
	private String ip;

	@Column(length = 500)
	private String detail;

	protected AuditEvent() {
	}

	AuditEvent(Instant at, String actor, AuditAction action, String subjectType, String subjectId, AuditOutcome outcome,
			String ip, String detail) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.outcome = outcome;
		this.ip = ip;
		this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
	}

	public Long getId() {
		return id;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public AuditAction getAction() {
		return action;
	}

	public String getSubjectType() {
		return subjectType;
	}

	public String getSubjectId() {
		return subjectId;
	}

	public AuditOutcome getOutcome() {
		return outcome;
	}

	public String getIp() {
		return ip;
	}

	public String getDetail() {
		return detail;
	}
}
