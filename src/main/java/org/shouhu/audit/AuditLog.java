package org.shouhu.audit;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.shouhu.common.ForbiddenException;
import org.shouhu.common.Messages;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads the audit trail, newest first. Read-only: nothing in the application edits or deletes events except the
 * retention purge ({@code AuditRetention}). Audit admins only (else 403, checked here through {@link AuditCaller}).
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	private final AuditEventRepository events;
	private final AuditCaller caller;
	private final Messages messages;

	AuditLog(AuditEventRepository events, AuditCaller caller, Messages messages) {
		this.events = events;
		this.caller = caller;
		this.messages = messages;
	}

	/**
	 * Events matching the query, newest first; {@code hasNext} tells whether a further page exists. A caller who is no
	 * audit admin → 403.
	 */
	public Slice<AuditEvent> search(AuditQuery query, int page, int size) {
		if (!caller.mayReadAuditTrail()) {
			throw new ForbiddenException(messages.get("audit.forbidden"));
		}
		Sort newestFirst = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));
		return events.findBy(matching(query), q -> q.sortBy(newestFirst).slice(PageRequest.of(page, size, newestFirst)));
	}

	private static Specification<AuditEvent> matching(AuditQuery q) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (StringUtils.hasText(q.subjectType())) {
				all.add(cb.equal(root.get("subjectType"), q.subjectType().trim()));
			}
			if (StringUtils.hasText(q.subjectId())) {
				all.add(cb.equal(root.get("subjectId"), q.subjectId().trim()));
			}
			if (StringUtils.hasText(q.actor())) {
				all.add(cb.equal(root.get("actor"), q.actor().trim()));
			}
			if (q.action() != null) {
				all.add(cb.equal(root.get("action"), q.action()));
			}
			if (q.from() != null) {
				all.add(cb.greaterThanOrEqualTo(root.get("at"), q.from()));
			}
			if (q.to() != null) {
				all.add(cb.lessThan(root.get("at"), q.to()));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}
}
