package org.shouhu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit record of a successful change commits with the change (a change that rolls back leaves no success
 * record); failures, denials and reads are recorded on their own, whatever becomes of the caller's transaction.
 */
@IntegrationTest
class AuditTrailTransactionTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSuccessRecordOfAChangeThatRollsBackIsGoneWithTheChange() {
		String subject = UUID.randomUUID().toString();
		write().executeWithoutResult(status -> {
			trail.record("someone", AuditAction.UPDATE, AuditTrail.CHILD, subject, AuditOutcome.SUCCESS, null);
			status.setRollbackOnly();
		});
		assertThat(outcomesOf(subject)).isEmpty();
	}

	@Test
	void aSuccessRecordOfAChangeThatCommitsIsThere() {
		String subject = UUID.randomUUID().toString();
		write().executeWithoutResult(status -> trail.record("someone", AuditAction.UPDATE, AuditTrail.CHILD, subject,
				AuditOutcome.SUCCESS, null));
		assertThat(outcomesOf(subject)).containsExactly("SUCCESS");
	}

	@Test
	void aDenialAndAFailureAreRecordedAlthoughTheirTransactionRollsBack() {
		String subject = UUID.randomUUID().toString();
		write().executeWithoutResult(status -> {
			trail.record("someone", AuditAction.VIEW, AuditTrail.CHILD, subject, AuditOutcome.DENIED, null);
			trail.record("someone", AuditAction.UPDATE, AuditTrail.CHILD, subject, AuditOutcome.FAILURE, null);
			status.setRollbackOnly();
		});
		assertThat(outcomesOf(subject)).containsExactlyInAnyOrder("DENIED", "FAILURE");
	}

	@Test
	void aReadInAReadOnlyTransactionIsRecorded() {
		String subject = UUID.randomUUID().toString();
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult(status -> trail.record("someone", AuditAction.VIEW, AuditTrail.CHILD, subject,
				AuditOutcome.SUCCESS, null));
		assertThat(outcomesOf(subject)).containsExactly("SUCCESS");
	}

	@Test
	void aRecordOutsideAnyTransactionIsCommitted() {
		String subject = UUID.randomUUID().toString();
		trail.record("someone", AuditAction.LOGOUT, AuditTrail.USER, subject, AuditOutcome.SUCCESS, null);
		assertThat(outcomesOf(subject)).containsExactly("SUCCESS");
	}

	private TransactionTemplate write() {
		return new TransactionTemplate(transactions);
	}

	private java.util.List<String> outcomesOf(String subject) {
		return jdbc.queryForList("select outcome from audit_event where subject_id = ?", String.class, subject);
	}
}
