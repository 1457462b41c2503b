package org.shouhu.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.PageErrors;
import org.shouhu.protection.InterventionOutcome;
import org.shouhu.protection.InterventionType;
import org.shouhu.protection.InterventionView;
import org.shouhu.protection.Interventions;
import org.shouhu.protection.Placement;
import org.shouhu.protection.TemporaryGuardianshipBasis;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interventions of a child's file: the panel ({@code child/show.html} loads it with htmx) with the active
 * temporary guardianship on top, the form to record a step (one phone screen) and the form to end a temporary
 * guardianship. Plain form posts; saving returns to the file.
 */
@Controller
@RequestMapping("/children/{id}/interventions")
class InterventionController {

	private static final List<String> FIELD_ORDER = List.of("type", "startedOn", "actingUnit", "basis", "placement",
			"placementDetail", "note");

	private static final List<String> END_ORDER = List.of("endedOn", "outcome", "note");

	private final Interventions interventions;
	private final ChildManagement children;
	private final Clock clock;
	private final Messages messages;

	InterventionController(Interventions interventions, ChildManagement children, Clock clock, Messages messages) {
		this.interventions = interventions;
		this.children = children;
		this.clock = clock;
		this.messages = messages;
	}

	@ModelAttribute
	void codes(Model model) {
		model.addAttribute("bases", TemporaryGuardianshipBasis.values());
		model.addAttribute("placements", Placement.values());
		model.addAttribute("outcomes", InterventionOutcome.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("civilAffairs", CurrentUser.find().map(u -> u.has(Role.CIVIL_AFFAIRS)).orElse(false));
	}

	@GetMapping("/panel")
	String panel(@PathVariable long id, Model model) {
		ChildSummary child = children.summary(id);
		List<InterventionView> all = interventions.list(id);
		model.addAttribute("childId", id);
		model.addAttribute("childActive", child.status() == ChildStatus.ACTIVE);
		model.addAttribute("activeGuardianship", all.stream().filter(InterventionView::active).findFirst().orElse(null));
		model.addAttribute("steps", all);
		return "protection/interventions :: panel";
	}

	@GetMapping("/new")
	String newStep(@PathVariable long id, @RequestParam(required = false) String type, Model model) {
		ChildSummary child = children.summary(id);
		if (child.status() != ChildStatus.ACTIVE) {
			model.addAttribute("alert", messages.get("protection.intervention.exited"));
		}
		InterventionType preset = Arrays.stream(InterventionType.values()).filter(t -> t.name().equals(type))
				.findFirst().orElse(null);
		return form(child, InterventionForm.preset(preset, LocalDate.now(clock)), Map.of(), model);
	}

	@PostMapping
	String record(@PathVariable long id, @ModelAttribute("form") InterventionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		ChildSummary child = children.summary(id);
		Map<String, String> errors = PageErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				InterventionView step = interventions.record(id, form.toNew());
				redirect.addFlashAttribute("flash", messages.get("protection.intervention.page.recorded",
						step.typeLabel()));
				return "redirect:/children/" + id;
			}
			catch (InvalidInputException e) {
				errors = new LinkedHashMap<>(e.messagesByField());
			}
			catch (NotAllowedNowException e) {
				model.addAttribute("alert", e.getMessage());
			}
		}
		return form(child, form, errors, model);
	}

	@GetMapping("/{interventionId}/end")
	String endForm(@PathVariable long id, @PathVariable long interventionId, Model model) {
		ChildSummary child = children.summary(id);
		EndForm form = new EndForm();
		form.setEndedOn(LocalDate.now(clock));
		return endPage(child, step(id, interventionId), form, Map.of(), model);
	}

	@PostMapping("/{interventionId}/end")
	String end(@PathVariable long id, @PathVariable long interventionId, @ModelAttribute("form") EndForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		ChildSummary child = children.summary(id);
		Map<String, String> errors = PageErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				InterventionView ended = interventions.end(id, interventionId, form.toEnd());
				redirect.addFlashAttribute("flash", messages.get("protection.intervention.page.ended",
						ended.outcomeLabel()));
				return "redirect:/children/" + id;
			}
			catch (InvalidInputException e) {
				errors = new LinkedHashMap<>(e.messagesByField());
			}
			catch (NotAllowedNowException e) {
				model.addAttribute("alert", e.getMessage());
			}
		}
		return endPage(child, step(id, interventionId), form, errors, model);
	}

	private InterventionView step(long childId, long interventionId) {
		return interventions.list(childId).stream().filter(i -> i.id() == interventionId).findFirst()
				.orElseThrow(() -> new NotFoundException(messages.get("protection.intervention.notFound")));
	}

	private String form(ChildSummary child, InterventionForm form, Map<String, String> errors, Model model) {
		boolean civilAffairs = CurrentUser.find().map(u -> u.has(Role.CIVIL_AFFAIRS)).orElse(false);
		model.addAttribute("types", Arrays.stream(InterventionType.values())
				.filter(t -> civilAffairs || !t.civilAffairsOnly()).toList());
		model.addAttribute("child", child);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorOrder", FIELD_ORDER);
		model.addAttribute("fieldLabels", labels(FIELD_ORDER, Map.of()));
		return "protection/intervention-form";
	}

	private String endPage(ChildSummary child, InterventionView step, EndForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("child", child);
		model.addAttribute("step", step);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorOrder", END_ORDER);
		model.addAttribute("fieldLabels", labels(END_ORDER, Map.of("note", "endNote")));
		return "protection/intervention-end";
	}

	private Map<String, String> labels(List<String> fields, Map<String, String> keys) {
		Map<String, String> labels = new LinkedHashMap<>();
		fields.forEach(f -> labels.put(f, messages.get("protection.intervention.field." + keys.getOrDefault(f, f))));
		return labels;
	}
}
