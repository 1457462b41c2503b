package org.shouhu.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events. Where an event is written depends on what it records:
 * <ul>
 * <li>a {@link AuditOutcome#SUCCESS success} recorded inside an active read-write transaction joins that
 * transaction: it commits with the change it records, and a change that rolls back leaves no success record (so the
 * audit trail never names a change that is not on disk);</li>
 * <li>everything else (a failure or a denial, whose own transaction rolls back; a read in a read-only transaction; a
 * record made outside any transaction) is written in a transaction of its own, committed before the call returns.</li>
 * </ul>
 */
@Service
public class AuditTrail {

	/** Subject type of child files. */
	public static final String CHILD = "CHILD";
	/** Subject type of user accounts. */
	public static final String USER = "USER";

	private final AuditEventRepository events;
	private final AuditCaller caller;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	AuditTrail(AuditEventRepository events, AuditCaller caller, Clock clock, PlatformTransactionManager transactions) {
		this.events = events;
		this.caller = caller;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Records an event by the authenticated caller of the current request, with the request's IP. */
	public void record(AuditAction action, String subjectType, Object subjectId, AuditOutcome outcome, String detail) {
		record(caller.actor(), action, subjectType, subjectId, outcome, detail);
	}

	/** Records an event by a named actor (e.g. a failed login, where nobody is authenticated yet). */
	public void record(String actor, AuditAction action, String subjectType, Object subjectId, AuditOutcome outcome,
			String detail) {
		AuditEvent event = new AuditEvent(clock.instant(), actor, action, subjectType,
				subjectId == null ? null : String.valueOf(subjectId), outcome, currentIp(), detail);
		if (outcome == AuditOutcome.SUCCESS && inWriteTransaction()) {
			events.save(event);
		}
		else {
			ownTransaction.executeWithoutResult(status -> events.save(event));
		}
	}

	private static boolean inWriteTransaction() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	private static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
