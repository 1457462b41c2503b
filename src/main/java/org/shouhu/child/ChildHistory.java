package org.shouhu.child;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One recorded change of a file; {@code changes} is a JSON array of {field, from, to} (masked values). */
@Entity
@Table(name = "child_history")
class ChildHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_history_id")
	@SequenceGenerator(name = "child_history_id", sequenceName = "child_history_id_seq", allocationSize = 100) // V23: blocks, batched inserts
	private Long id;

	@Column(name = "child_id", nullable = false)
	private long childId;

	@Column(nullable = false)
	private Instant at;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(nullable = false, columnDefinition = "text")
	private String changes;

	protected ChildHistory() {
	}

	ChildHistory(long childId, Instant at, String actor, String changes) {
		this.childId = childId;
		this.at = at;
		this.actor = actor;
		this.changes = changes;
	}

	Instant getAt() {
		return at;
	}

	String getActor() {
		return actor;
	}

	String getChanges() {
		return changes;
	}
}
