package org.shouhu.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events. Each event is written in its own transaction, so a read in a read-only transaction is
 * recorded, and a refused or failed action is recorded even though its own transaction rolls back.
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

	AuditTrail(AuditEventRepository events, AuditCaller caller, Clock clock) {
		this.events = events;
		this.caller = caller;
		this.clock = clock;
	}

	/** Records an event by the authenticated caller of the current request, with the request's IP. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditAction action, String subjectType, Object subjectId, AuditOutcome outcome, String detail) {
		record(caller.actor(), action, subjectType, subjectId, outcome, detail);
	}

	/** Records an event by a named actor (e.g. a failed login, where nobody is authenticated yet). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String actor, AuditAction action, String subjectType, Object subjectId, AuditOutcome outcome,
			String detail) {
		events.save(new AuditEvent(clock.instant(), actor, action, subjectType,
				subjectId == null ? null : String.valueOf(subjectId), outcome, currentIp(), detail));
	}

	private static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
