package org.shouhu.audit.web;

import java.util.Map;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditEvent;
import org.shouhu.audit.AuditLog;
import org.shouhu.audit.AuditQuery;
import org.shouhu.common.InvalidInputException;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page for audit admins, with the API's filters. Read-only. */
@Controller
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog log;
	private final AuditRows rows;

	AuditController(AuditLog log, AuditRows rows) {
		this.log = log;
		this.rows = rows;
	}

	@GetMapping("/audit")
	String events(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Slice<AuditEvent> events;
		try {
			AuditQuery query = AuditFilters.query(subjectType, subjectId, actor, action, from, to);
			events = log.search(query, Math.max(page, 0), PAGE_SIZE);
			model.addAttribute("errors", Map.of());
		}
		catch (InvalidInputException e) {
			events = new SliceImpl<>(java.util.List.of());
			model.addAttribute("errors", Map.of(e.problems().get(0).field(), e.problems().get(0).message()));
		}
		model.addAttribute("events", rows.rows(events.getContent()));
		model.addAttribute("page", events);
		model.addAttribute("pageNumber", Math.max(page, 0));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("subjectType", subjectType);
		model.addAttribute("subjectId", subjectId);
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("zone", AuditFilters.CHINA);
		return "audit/events";
	}
}
