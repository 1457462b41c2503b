package org.shouhu.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
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

	/** The five areas of a visit's findings, in the order the form shows them, with their Chinese names. */
	static final Map<String, String> AREAS = areas();

	private static final String EXITED = "该儿童已减员，不能再记录走访";

	/** Names of the form's fields for the error summary. */
	static final Map<String, String> LABELS = labels();

	private final VisitManagement visits;
	private final ChildManagement children;
	private final Clock clock;

	VisitController(VisitManagement visits, ChildManagement children, Clock clock) {
		this.visits = visits;
		this.children = children;
		this.clock = clock;
	}

	@ModelAttribute
	void codes(Model model) {
		model.addAttribute("visitTypes", VisitType.values());
		model.addAttribute("visitMethods", VisitMethod.values());
		model.addAttribute("metWithOptions", MetWith.values());
		model.addAttribute("findingOptions", Finding.values());
		model.addAttribute("areas", AREAS);
		model.addAttribute("fieldLabels", LABELS);
		model.addAttribute("today", LocalDate.now(clock));
	}

	@GetMapping("/new")
	String newVisit(@PathVariable long id, @RequestParam(required = false) String type,
			@RequestParam(required = false) String from, Model model) {
		ChildSummary child = children.summary(id);
		if (child.status() != ChildStatus.ACTIVE) {
			model.addAttribute("alert", EXITED);
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
				redirect.addFlashAttribute("flash", "已记录" + child.name() + "的" + visit.type().label()
						+ "（" + visit.visitedOn() + "）");
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

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("type", "类型");
		labels.put("method", "方式");
		labels.put("visitedOn", "日期");
		labels.put("metWith", "见到了谁");
		labels.put("findings", "发现情况");
		AREAS.forEach((area, name) -> labels.put("findings." + area, "发现情况·" + name));
		labels.put("problems", "发现的问题");
		labels.put("actions", "采取的措施");
		labels.put("followUpNeeded", "需要跟进");
		return Collections.unmodifiableMap(labels);
	}

	private static Map<String, String> areas() {
		Map<String, String> areas = new LinkedHashMap<>();
		areas.put("safety", "安全");
		areas.put("health", "健康");
		areas.put("schooling", "就学");
		areas.put("psychology", "心理");
		areas.put("guardianship", "监护");
		return Collections.unmodifiableMap(areas);
	}
}
