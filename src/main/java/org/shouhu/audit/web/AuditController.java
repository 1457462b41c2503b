package org.shouhu.audit.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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
	/**
	 * Roles that work with child files (account's {@code Role.worksWithChildFiles}): only they get a link to the file
	 * an event concerns. By name, as the account module depends on this one.
	 */
	private static final List<String> CHILD_FILE_ROLES = List.of("CHILD_DIRECTOR", "SUPERVISOR", "CIVIL_AFFAIRS");
	/** The subject types the filter offers. */
	private static final List<String> SUBJECT_TYPES = List.of("CHILD", "USER", "VISIT", "CARE_PROBLEM", "ASSESSMENT",
			"WORK_LOG", "VISIT_POLICY", "CLOSE_ATTENTION");

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
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
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
		model.addAttribute("opensChildFiles", CHILD_FILE_ROLES.stream().anyMatch(request::isUserInRole));
		model.addAttribute("subjectTypes", SUBJECT_TYPES.stream()
			.collect(java.util.stream.Collectors.toMap(type -> type, rows::subjectType, (a, b) -> a,
					java.util.LinkedHashMap::new)));
		return "audit/events";
	}
}
