package org.shouhu.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.care.Finding;
import org.shouhu.care.MetWith;
import org.shouhu.care.VisitManagement;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitType;
import org.shouhu.care.VisitView;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.Messages;
import org.shouhu.common.PageErrors;
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
 * The visit form: one phone screen to record a contact or home visit of a child. Saving returns to the to-do list, or
 * to the child's file when the form was opened from it ({@code from=file}).
 */
@Controller
@RequestMapping("/children/{id}/visits")
class VisitController {

	/** The five areas of a visit's findings, in the order the form shows them. */
	private static final List<String> AREA_NAMES = List.of("safety", "health", "schooling", "psychology", "guardianship");

	/** The form's fields top to bottom (care/visit-form.html), the order of its error summary. */
	private static final List<String> FIELD_ORDER = fieldOrder();

	private final VisitManagement visits;
	private final ChildManagement children;
	private final Clock clock;
	private final Messages messages;
	/** The areas with their Chinese names. */
	private final Map<String, String> areas;
	/** Names of the form's fields for the error summary. */
	private final Map<String, String> labels;

	VisitController(VisitManagement visits, ChildManagement children, Clock clock, Messages messages,
			CareFormat format) {
		this.visits = visits;
		this.children = children;
		this.clock = clock;
		this.messages = messages;
		Map<String, String> names = new LinkedHashMap<>();
		AREA_NAMES.forEach(area -> names.put(area, format.area(area)));
		this.areas = Collections.unmodifiableMap(names);
		this.labels = labels();
	}

	@ModelAttribute
	void codes(Model model) {
		model.addAttribute("visitTypes", VisitType.values());
		model.addAttribute("visitMethods", VisitMethod.values());
		model.addAttribute("metWithOptions", MetWith.values());
		model.addAttribute("findingOptions", Finding.values());
		model.addAttribute("areas", areas);
		model.addAttribute("fieldLabels", labels);
		model.addAttribute("errorOrder", FIELD_ORDER);
		model.addAttribute("today", LocalDate.now(clock));
	}

	@GetMapping("/new")
	String newVisit(@PathVariable long id, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, Model model) {
		ChildSummary child = children.summary(id);
		if (child.status() != ChildStatus.ACTIVE) {
			model.addAttribute("alert", messages.get("care.exited"));
		}
		model.addAttribute("child", child);
		model.addAttribute("form", VisitForm.preset(parseType(type), LocalDate.now(clock), "file".equals(from) ? "file" : null));
		model.addAttribute("errors", Map.of());
		return "care/visit-form";
	}

	@PostMapping
	String record(@PathVariable long id, @ModelAttribute("form") VisitForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ChildSummary child = children.summary(id);
		Map<String, String> errors = PageErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				VisitView visit = visits.record(id, form.toVisit());
				redirect.addFlashAttribute("flash", messages.get("care.page.visitRecorded", child.name(),
						visit.type().label(), visit.visitedOn().toString()));
				return form.fromFile() ? "redirect:/children/" + id : "redirect:/";
			}
			catch (InvalidInputException e) {
				errors = new LinkedHashMap<>(e.messagesByField());
			}
			catch (NotAllowedNowException e) {
				model.addAttribute("alert", e.getMessage());
			}
		}
		model.addAttribute("child", child);
		model.addAttribute("errors", errors);
		return "care/visit-form";
	}

	private static VisitType parseType(String type) {
		for (VisitType candidate : VisitType.values()) {
			if (candidate.name().equals(type)) {
				return candidate;
			}
		}
		return VisitType.CONTACT;
	}

	private Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : List.of("type", "method", "visitedOn", "metWith", "findings")) {
			labels.put(field, messages.get("care.visit.field." + field));
		}
		areas.forEach((area, name) -> labels.put("findings." + area, messages.get("care.visit.field.finding", name)));
		for (String field : List.of("problems", "actions", "followUpNeeded")) {
			labels.put(field, messages.get("care.visit.field." + field));
		}
		return Collections.unmodifiableMap(labels);
	}

	private static List<String> fieldOrder() {
		List<String> order = new ArrayList<>(List.of("type", "method", "visitedOn", "metWith", "findings"));
		AREA_NAMES.forEach(area -> order.add("findings." + area));
		order.addAll(List.of("problems", "actions", "followUpNeeded"));
		return List.copyOf(order);
	}
}
