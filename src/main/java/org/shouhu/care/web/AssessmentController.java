package org.shouhu.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.care.AreaScore;
import org.shouhu.common.Messages;
import org.shouhu.care.AssessmentArea;
import org.shouhu.care.AssessmentForm;
import org.shouhu.care.AssessmentItem;
import org.shouhu.care.AssessmentOption;
import org.shouhu.care.AssessmentSummary;
import org.shouhu.care.AssessmentView;
import org.shouhu.care.Assessments;
import org.shouhu.care.NewAssessment;
import org.shouhu.care.RiskLevel;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Risk assessment pages of a child file: the summary panel the file page loads with htmx, the form (six areas, big
 * answer targets), the result and the history. Rules and audit live in {@link Assessments}.
 */
@Controller
@RequestMapping("/children/{id}/assessments")
class AssessmentController {

	private static final String ANSWER = "answers.";

	private final Assessments assessments;
	private final CareFormat format;
	private final Clock clock;
	private final Messages messages;

	AssessmentController(Assessments assessments, CareFormat format, Clock clock, Messages messages) {
		this.assessments = assessments;
		this.format = format;
		this.clock = clock;
		this.messages = messages;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("fmt", format);
		model.addAttribute("areas", AssessmentArea.values());
		Map<AssessmentArea, List<AssessmentItem>> items = new LinkedHashMap<>();
		for (AssessmentArea area : AssessmentArea.values()) {
			items.put(area, AssessmentForm.items(area));
		}
		model.addAttribute("itemsByArea", items);
		Map<String, Integer> numbers = new LinkedHashMap<>();
		AssessmentForm.items().forEach(item -> numbers.put(item.code(), numbers.size() + 1));
		model.addAttribute("numbers", numbers);
		model.addAttribute("mediumFrom", AssessmentForm.MEDIUM_FROM);
		model.addAttribute("highFrom", AssessmentForm.HIGH_FROM);
		model.addAttribute("maxScore", AssessmentForm.maxScore());
	}

	/** The section on the child file page (an htmx fragment, no layout). */
	@GetMapping("/panel")
	String panel(@PathVariable long id, Model model) {
		model.addAttribute("summary", assessments.summary(id));
		return "care/assessment-panel :: panel";
	}

	@GetMapping
	String history(@PathVariable long id, Model model) {
		AssessmentSummary summary = assessments.summary(id);
		model.addAttribute("summary", summary);
		model.addAttribute("history", assessments.history(id));
		return "care/assessments";
	}

	@GetMapping("/new")
	String newAssessment(@PathVariable long id, Model model) {
		AssessmentSummary summary = assessments.summary(id);
		model.addAttribute("summary", summary);
		model.addAttribute("assessedOn", LocalDate.now(clock).toString());
		model.addAttribute("answers", Map.of());
		model.addAttribute("overrideLevel", "");
		model.addAttribute("overrideReason", "");
		model.addAttribute("errors", Map.of());
		model.addAttribute("today", LocalDate.now(clock).toString());
		return "care/assessment-form";
	}

	@PostMapping
	String record(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Map<String, String> answers = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(ANSWER)) {
				answers.put(name.substring(ANSWER.length()), value);
			}
		});
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate assessedOn = date(params.get("assessedOn"), errors);
		RiskLevel overrideLevel = level(params.get("overrideLevel"), errors);
		if (errors.isEmpty()) {
			try {
				AssessmentView view = assessments.record(id,
						new NewAssessment(assessedOn, answers, overrideLevel, params.get("overrideReason")));
				String flash = messages.get("care.page.assessmentRecorded", view.riskLevel().label());
				if (view.problemId() != null) {
					flash += messages.get("care.page.assessmentProblemOpened");
				}
				redirect.addFlashAttribute("flash", flash);
				return "redirect:/children/" + id + "/assessments/" + view.id();
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
			catch (NotAllowedNowException e) {
				model.addAttribute("alert", e.getMessage());
			}
		}
		model.addAttribute("summary", assessments.summary(id));
		model.addAttribute("assessedOn", params.getOrDefault("assessedOn", ""));
		model.addAttribute("answers", answers);
		model.addAttribute("overrideLevel", params.getOrDefault("overrideLevel", ""));
		model.addAttribute("overrideReason", params.getOrDefault("overrideReason", ""));
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", errorLinks(errors));
		model.addAttribute("today", LocalDate.now(clock).toString());
		return "care/assessment-form";
	}

	@GetMapping("/{assessmentId}")
	String show(@PathVariable long id, @PathVariable long assessmentId, Model model) {
		AssessmentView assessment = assessments.find(id, assessmentId);
		model.addAttribute("summary", assessments.summary(id));
		model.addAttribute("assessment", assessment);
		model.addAttribute("sections", sections(assessment));
		model.addAttribute("redFlagItems", assessment.redFlags().stream()
			.map(code -> AssessmentForm.item(code)
				.flatMap(item -> item.option(assessment.answers().get(code))
					.map(option -> item.area().label() + "：" + option.label()))
				.orElse(code))
			.toList());
		return "care/assessment";
	}

	/** The answers grouped by area, each with its question and the chosen answer's wording. */
	static List<Section> sections(AssessmentView assessment) {
		List<Section> sections = new ArrayList<>();
		for (AreaScore area : assessment.areas()) {
			List<Line> lines = new ArrayList<>();
			for (AssessmentItem item : AssessmentForm.items(area.area())) {
				String code = assessment.answers().get(item.code());
				item.option(code).ifPresent(option -> lines.add(new Line(item, option)));
			}
			sections.add(new Section(area, lines));
		}
		return sections;
	}

	/** Error summary entries in form order, each linking to its field. */
	List<ErrorLink> errorLinks(Map<String, String> errors) {
		List<ErrorLink> links = new ArrayList<>();
		if (errors.containsKey("assessedOn")) {
			links.add(new ErrorLink("field-assessedOn", messages.get("care.assessment.field.assessedOn"), errors.get("assessedOn")));
		}
		int number = 0;
		for (AssessmentItem item : AssessmentForm.items()) {
			number++;
			String message = errors.get(ANSWER + item.code());
			if (message != null) {
				links.add(new ErrorLink("item-" + item.code(),
						messages.get("care.assessment.field.item", String.valueOf(number), item.area().label()), message));
			}
		}
		errors.forEach((field, message) -> {
			if (field.startsWith(ANSWER) && AssessmentForm.item(field.substring(ANSWER.length())).isEmpty()) {
				links.add(new ErrorLink("field-assessedOn", field, message));
			}
		});
		if (errors.containsKey("overrideLevel")) {
			links.add(new ErrorLink("field-overrideLevel", messages.get("care.assessment.field.overrideLevel"),
					errors.get("overrideLevel")));
		}
		if (errors.containsKey("overrideReason")) {
			links.add(new ErrorLink("field-overrideReason", messages.get("care.assessment.field.overrideReason"),
					errors.get("overrideReason")));
		}
		return links;
	}

	record ErrorLink(String anchor, String label, String message) {
	}

	record Section(AreaScore score, List<Line> lines) {
	}

	record Line(AssessmentItem item, AssessmentOption option) {
	}

	private static LocalDate date(String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			errors.put("assessedOn", PageErrors.INVALID);
			return null;
		}
	}

	private static RiskLevel level(String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return RiskLevel.valueOf(value.trim());
		}
		catch (IllegalArgumentException e) {
			errors.put("overrideLevel", PageErrors.INVALID);
			return null;
		}
	}
}
