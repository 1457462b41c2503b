package org.shouhu.protection.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.child.CaregiverFacts;
import org.shouhu.child.CaregiverFiles;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.protection.CaregiverCaseOutcome;
import org.shouhu.protection.CaregiverCaseView;
import org.shouhu.protection.CaregiverCases;
import org.shouhu.protection.CaregiverRules;
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
 * The caregiver panel of a child's file ({@code child/show.html} loads it with htmx): the Art 22 checklist's result,
 * the open caregiver case with the forms that record the parents were told and close it, and the closed cases. From
 * the panel (htmx) a form answers the panel again with the outcome; a plain form post goes back to the file.
 */
@Controller
@RequestMapping("/children/{id}/caregiver")
class CaregiverPanelController {

	private final CaregiverCases cases;
	private final CaregiverFiles caregivers;
	private final Messages messages;

	CaregiverPanelController(CaregiverCases cases, CaregiverFiles caregivers, Messages messages) {
		this.cases = cases;
		this.caregivers = caregivers;
		this.messages = messages;
	}

	@GetMapping("/panel")
	String panel(@PathVariable long id, Model model) {
		return panel(id, model, null, null, Map.of(), Map.of());
	}

	@PostMapping("/cases/{caseId}/notify")
	String notifyParents(@PathVariable long id, @PathVariable long caseId,
			@RequestParam(required = false) String notifiedOn, @RequestParam(required = false) String how,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		requireCaseOf(id, caseId);
		Map<String, String> values = new HashMap<>();
		values.put("notifiedOn", notifiedOn);
		values.put("how", how);
		return act(id, model, redirect, htmx, values, "protection.caregiver.page.notified", () -> {
			LocalDate date = date(notifiedOn);
			cases.notifyParents(caseId, date, how, null);
		});
	}

	@PostMapping("/cases/{caseId}/close")
	String close(@PathVariable long id, @PathVariable long caseId, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		requireCaseOf(id, caseId);
		Map<String, String> values = new HashMap<>();
		values.put("outcome", outcome);
		values.put("note", note);
		return act(id, model, redirect, htmx, values, "protection.caregiver.page.closed",
				() -> cases.close(caseId, outcome(outcome), note, null));
	}

	private String act(long id, Model model, RedirectAttributes redirect, String htmx, Map<String, String> values,
			String doneKey, Runnable action) {
		String flash = null;
		String alert = null;
		Map<String, String> errors = Map.of();
		try {
			action.run();
			flash = messages.get(doneKey);
		}
		catch (InvalidInputException e) {
			errors = e.messagesByField();
		}
		catch (NotAllowedNowException e) {
			alert = e.getMessage();
		}
		if (htmx == null) {
			redirect.addFlashAttribute("flash", flash != null ? flash : alert != null ? alert
					: String.join("；", errors.values()));
			return "redirect:/children/" + id;
		}
		return panel(id, model, flash, alert, errors, errors.isEmpty() ? Map.of() : values);
	}

	private String panel(long id, Model model, String flash, String alert, Map<String, String> errors,
			Map<String, String> values) {
		List<CaregiverCaseView> all = cases.casesOf(id);
		CaregiverFacts facts = caregivers.facts(id);
		model.addAttribute("childId", id);
		model.addAttribute("active", facts.active());
		model.addAttribute("caregiver", facts);
		model.addAttribute("check", CaregiverRules.check(facts.checklist()));
		model.addAttribute("openCase", all.stream().filter(CaregiverCaseView::open).findFirst().orElse(null));
		model.addAttribute("closedCases", all.stream().filter(c -> !c.open()).toList());
		model.addAttribute("outcomes", CaregiverCaseOutcome.values());
		model.addAttribute("panelFlash", flash);
		model.addAttribute("panelAlert", alert);
		model.addAttribute("caseErrors", errors);
		model.addAttribute("caseValues", values);
		return "protection/caregiver-panel :: panel";
	}

	/** The case must be one of this child's (the service checks the jurisdiction). */
	private void requireCaseOf(long id, long caseId) {
		if (cases.casesOf(id).stream().noneMatch(c -> c.id() == caseId)) {
			throw new NotFoundException(messages.get("protection.caregiver.notFound"));
		}
	}

	private LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("notifiedOn", messages.get("protection.caregiver.notifiedOn.invalid"));
		}
	}

	private CaregiverCaseOutcome outcome(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return CaregiverCaseOutcome.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("outcome", messages.get("protection.caregiver.outcome.invalid"));
		}
	}
}
