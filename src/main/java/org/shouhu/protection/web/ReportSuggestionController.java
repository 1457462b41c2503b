package org.shouhu.protection.web;

import java.util.List;
import java.util.Map;

import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.StaleVersionException;
import org.shouhu.protection.ReportSuggestionView;
import org.shouhu.protection.ReportSuggestions;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The 建议强制报告 box of a child's file ({@code child/show.html} loads it with htmx), declining a suggestion with a
 * reason from it, and the to-do list's one-tap 立即报告, which opens the report form prefilled from the child's newest
 * open suggestion.
 */
@Controller
class ReportSuggestionController {

	private final ReportSuggestions suggestions;
	private final Messages messages;

	ReportSuggestionController(ReportSuggestions suggestions, Messages messages) {
		this.suggestions = suggestions;
		this.messages = messages;
	}

	@GetMapping("/children/{id}/report-suggestions/panel")
	String panel(@PathVariable long id, Model model) {
		return panel(id, model, null, null, Map.of());
	}

	/** From the box (htmx) the box comes back with the outcome; a plain form post goes back to the file. */
	@PostMapping("/report-suggestions/{suggestionId}/decline")
	String decline(@PathVariable long suggestionId, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long version,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		long childId = suggestions.childOf(suggestionId);
		String flash = null;
		String alert = null;
		Map<Long, String> errors = Map.of();
		try {
			suggestions.decline(suggestionId, reason, version);
			flash = messages.get("protection.suggestion.declined");
		}
		catch (InvalidInputException e) {
			errors = Map.of(suggestionId, String.join("；", e.messagesByField().values()));
		}
		catch (NotAllowedNowException | StaleVersionException | ObjectOptimisticLockingFailureException e) {
			alert = e instanceof NotAllowedNowException ? e.getMessage()
					: messages.get("protection.suggestion.stale");
		}
		if (htmx == null) {
			redirect.addFlashAttribute("flash", flash != null ? flash : alert != null ? alert
					: errors.values().iterator().next());
			return "redirect:/children/" + childId + "#report-suggestions";
		}
		model.addAttribute("reason", errors.isEmpty() ? null : reason);
		return panel(childId, model, flash, alert, errors);
	}

	/** 立即报告 on the to-do list: the form prefilled from the newest open suggestion, or the file when none is left. */
	@GetMapping("/report-suggestions/report")
	RedirectView report(@RequestParam long childId, RedirectAttributes redirect) {
		String target = suggestions.newestOpen(childId).map(ReportSuggestionView::reportFormPath).orElseGet(() -> {
			redirect.addFlashAttribute("flash", messages.get("protection.suggestion.noneOpen"));
			return "/children/" + childId;
		});
		RedirectView view = new RedirectView(target, true);
		view.setExpandUriTemplateVariables(false);
		return view;
	}

	private String panel(long childId, Model model, String flash, String alert, Map<Long, String> errors) {
		List<ReportSuggestionView> list = suggestions.forChild(childId);
		model.addAttribute("childId", childId);
		model.addAttribute("suggestions", list);
		model.addAttribute("suggestionFlash", flash);
		model.addAttribute("suggestionAlert", alert);
		model.addAttribute("suggestionErrors", errors);
		return "protection/suggestions :: panel";
	}
}
