package org.shouhu.care.web;

import java.util.List;
import java.util.Map;

import org.shouhu.care.ProblemView;
import org.shouhu.common.Messages;
import org.shouhu.care.VisitManagement;
import org.shouhu.care.VisitScheduleView;
import org.shouhu.care.VisitType;
import org.shouhu.care.VisitView;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.NotAllowedNowException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care panel of a child's file ({@code child/show.html} loads it with htmx): the visit schedule, the visits
 * newest first and the problems, with a form to resolve an open one.
 */
@Controller
@RequestMapping("/children/{id}/care")
class CareController {

	/** Visits shown open; older ones fold away. */
	private static final int RECENT = 5;

	private final VisitManagement visits;
	private final ChildManagement children;
	private final Messages messages;

	CareController(VisitManagement visits, ChildManagement children, Messages messages) {
		this.visits = visits;
		this.children = children;
		this.messages = messages;
	}

	@GetMapping("/panel")
	String panel(@PathVariable long id, Model model) {
		return panel(id, model, null, null, Map.of());
	}

	/**
	 * Resolves an open problem. From the panel (htmx) the panel comes back with the outcome; a plain form post goes
	 * back to the file.
	 */
	@PostMapping("/problems/{problemId}/resolve")
	String resolve(@PathVariable long id, @PathVariable long problemId,
			@RequestParam(required = false) String resolution,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		String flash = null;
		String alert = null;
		Map<Long, String> errors = Map.of();
		try {
			visits.resolveProblem(id, problemId, resolution);
			flash = messages.get("care.page.problemResolved");
		}
		catch (InvalidInputException e) {
			errors = Map.of(problemId, String.join("；", e.messagesByField().values()));
		}
		catch (NotAllowedNowException e) {
			alert = e.getMessage();
		}
		if (htmx == null) {
			redirect.addFlashAttribute("flash", flash != null ? flash : alert != null ? alert
					: errors.values().iterator().next());
			return "redirect:/children/" + id;
		}
		model.addAttribute("resolution", errors.isEmpty() ? null : resolution);
		return panel(id, model, flash, alert, errors);
	}

	private String panel(long id, Model model, String flash, String alert, Map<Long, String> errors) {
		ChildSummary child = children.summary(id);
		VisitScheduleView schedule = visits.schedule(id);
		List<ProblemView> problems = visits.problems(id);
		model.addAttribute("childId", id);
		model.addAttribute("active", child.status() == ChildStatus.ACTIVE);
		model.addAttribute("schedule", schedule);
		model.addAttribute("nextType", nextType(schedule));
		List<VisitView> all = visits.visits(id);
		model.addAttribute("visitCount", all.size());
		model.addAttribute("recentVisits", all.subList(0, Math.min(RECENT, all.size())));
		model.addAttribute("olderVisits", all.subList(Math.min(RECENT, all.size()), all.size()));
		model.addAttribute("openProblems", problems.stream().filter(ProblemView::open).toList());
		model.addAttribute("resolvedProblems", problems.stream().filter(p -> !p.open()).toList());
		model.addAttribute("panelFlash", flash);
		model.addAttribute("panelAlert", alert);
		model.addAttribute("problemErrors", errors);
		return "care/panel :: panel";
	}

	/** The visit the form should open with: a home visit when one is overdue or due no later than the next contact. */
	private static VisitType nextType(VisitScheduleView schedule) {
		if (schedule.homeVisitOverdue()) {
			return VisitType.HOME_VISIT;
		}
		if (schedule.contactOverdue() || schedule.homeVisitDueOn() == null) {
			return VisitType.CONTACT;
		}
		return schedule.contactDueOn() == null || !schedule.homeVisitDueOn().isAfter(schedule.contactDueOn())
				? VisitType.HOME_VISIT : VisitType.CONTACT;
	}
}
