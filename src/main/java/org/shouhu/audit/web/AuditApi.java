package org.shouhu.audit.web;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditEvent;
import org.shouhu.audit.AuditLog;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.common.ListPage;
import org.shouhu.common.Messages;
import org.shouhu.common.Paging;
import org.springframework.data.domain.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Audit": the audit trail for audit admins only, newest first. Read-only. */
@RestController
@Tag(name = "Audit", description = "The audit trail, for audit admins.")
class AuditApi {

	private final AuditLog log;
	private final Messages messages;

	AuditApi(AuditLog log, Messages messages) {
		this.log = log;
		this.messages = messages;
	}

	@Schema(name = "AuditEvent")
	record Item(OffsetDateTime at, String actor, AuditAction action, String subjectType, String subjectId,
			AuditOutcome outcome, String ip, String detail) {
	}

	/** {@code from}/{@code to}: a date {@code yyyy-MM-dd} (China time, {@code to} inclusive) or an ISO instant. */
	@GetMapping("/api/v1/audit-events")
	@Operation(summary = "Search the audit trail, newest first", operationId = "listAuditEvents")
	ListPage<Item> search(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = Paging.of(page, size);
		Slice<AuditEvent> found = log.search(AuditFilters.query(subjectType, subjectId, actor, action, from, to, messages),
				paging.page(), paging.size());
		return new ListPage<>(found.getContent().stream()
			.map(e -> new Item(e.getAt().atZone(AuditFilters.CHINA).toOffsetDateTime(), e.getActor(), e.getAction(),
					e.getSubjectType(), e.getSubjectId(), e.getOutcome(), e.getIp(), e.getDetail()))
			.toList(), paging.page(), paging.size(), found.hasNext(), null, null);
	}
}
