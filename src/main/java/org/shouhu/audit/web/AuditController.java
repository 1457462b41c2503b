package org.shouhu.audit.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditCaller;
import org.shouhu.audit.AuditEvent;
import org.shouhu.audit.AuditLog;
import org.shouhu.audit.AuditQuery;
import org.shouhu.common.Messages;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Paging;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail page for audit admins, with the API's filters. Read-only. */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;
	/** The subject types the filter offers. */
	private static final List<String> SUBJECT_TYPES = List.of("CHILD", "USER", "VISIT", "CARE_PROBLEM", "ASSESSMENT",
			"WORK_LOG", "VISIT_POLICY", "CLOSE_ATTENTION");

	private final AuditLog log;
	private final AuditRows rows;
	private final AuditCaller caller;
	private final Messages messages;

	AuditController(AuditLog log, AuditRows rows, AuditCaller caller, Messages messages) {
		this.log = log;
		this.rows = rows;
		this.caller = caller;
		this.messages = messages;
	}

	@GetMapping("/audit")
	String events(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		Slice<AuditEvent> events;
		try {
			AuditQuery query = AuditFilters.query(subjectType, subjectId, actor, action, from, to, messages);
			// a page beyond every list (an address edited by hand) shows the message instead of a failed query
			Paging.of(Math.max(page, 0), PAGE_SIZE);
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
		model.addAttribute("actionCode", action == null ? null : action.name());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("zone", AuditFilters.CHINA);
		model.addAttribute("opensChildFiles", caller.worksWithChildFiles());
		model.addAttribute("subjectTypes", SUBJECT_TYPES.stream()
			.collect(java.util.stream.Collectors.toMap(type -> type, rows::subjectType, (a, b) -> a,
					java.util.LinkedHashMap::new)));
		return "audit/events";
	}
}
