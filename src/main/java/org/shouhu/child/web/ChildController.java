package org.shouhu.child.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.child.CaregiverDisqualification;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.Category;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildQuery;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.shouhu.child.ChildView;
import org.shouhu.child.DuplicateChildException;
import org.shouhu.child.ExitReason;
import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.FamilyIncome;
import org.shouhu.child.Gender;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SchoolingStatus;
import org.shouhu.child.SituationType;
import org.shouhu.common.ConflictException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.Messages;
import org.shouhu.common.PageErrors;
import org.shouhu.common.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
 * Child file pages: list, file view, new/edit form, exit form. Everything goes through {@link ChildManagement}
 * (roles, jurisdiction, audit); out-of-scope files are 404 pages, other roles get a 403 page.
 */
@Controller
@RequestMapping("/children")
class ChildController {

	private static final String INVALID = PageErrors.INVALID;
	/** The exit form's fields top to bottom (child/exit.html). */
	private static final List<String> EXIT_ORDER = List.of("reason", "date", "note");

	private final ChildManagement children;
	private final PageFormat format;
	private final Messages messages;

	ChildController(ChildManagement children, PageFormat format, Messages messages) {
		this.children = children;
		this.format = format;
		this.messages = messages;
	}


	@ModelAttribute
	void codes(Model model) {
		model.addAttribute("fmt", format);
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", ChildStatus.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("hukouTypes", HukouType.values());
		model.addAttribute("healthStatuses", HealthStatus.values());
		model.addAttribute("schoolingStatuses", SchoolingStatus.values());
		model.addAttribute("situationTypes", SituationType.values());
		model.addAttribute("relations", CaregiverRelation.values());
		model.addAttribute("disqualifications", CaregiverDisqualification.values());
		model.addAttribute("guardianships", GuardianshipGrade.values());
		model.addAttribute("incomes", FamilyIncome.values());
		model.addAttribute("assistances", FamilyAssistance.values());
		model.addAttribute("exitReasons", ExitReason.values());
	}

	/** Status defaults to 在册 (ACTIVE); {@code status=} (empty) lists all. */
	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String status, @RequestParam(required = false) String regionCode,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String statusValue = status == null ? ChildStatus.ACTIVE.name() : status;
		Map<String, String> errors = new LinkedHashMap<>();
		Category categoryCode = parse(Category.class, category, "category", errors);
		ChildStatus statusCode = parse(ChildStatus.class, statusValue, "status", errors);
		ListPage<ChildSummary> result = ListPage.empty(page, 20);
		if (errors.isEmpty()) {
			try {
				result = children.list(new ChildQuery(null, regionCode, categoryCode, statusCode, q), Math.max(page, 0), 20);
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
		}
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("status", statusValue);
		model.addAttribute("regionCode", regionCode);
		model.addAttribute("result", result);
		model.addAttribute("errors", errors);
		return "child/list";
	}

	/**
	 * The new-file form; {@code villageCode} and {@code name} prefill it (the protection module's "登记此儿童" for a
	 * reported child not yet on file).
	 */
	@GetMapping("/new")
	String newFile(@RequestParam(required = false) String villageCode, @RequestParam(required = false) String name,
			Model model) {
		ChildForm form = ChildForm.of(children.blankFile());
		if (villageCode != null && villageCode.length() <= 12 && villageCode.chars().allMatch(Character::isDigit)) {
			form.setVillageCode(villageCode);
		}
		if (name != null && name.length() <= 50 && org.shouhu.common.TextCheck.isShortText(name)) {
			form.setName(name.strip());
		}
		model.addAttribute("form", form);
		formErrors(model, Map.of());
		return "child/form";
	}

	@PostMapping
	String create(@ModelAttribute("form") ChildForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = PageErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				ChildView child = children.register(form.toFile());
				redirect.addFlashAttribute("flash", messages.get("child.page.registered", child.file().name()));
				return "redirect:/children/" + child.id();
			}
			catch (InvalidInputException e) {
				errors = form.formFields(e.messagesByField());
			}
			catch (DuplicateChildException e) {
				errors = duplicate(e, model);
				model.addAttribute("transferOffer", e.existingId().isEmpty()); // the file lives elsewhere: 申请转入
			}
			catch (ConflictException e) {
				model.addAttribute("alert", e.getMessage());
			}
		}
		formErrors(model, errors);
		return "child/form";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("child", children.find(id));
		model.addAttribute("history", children.history(id));
		return "child/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		ChildView child = children.find(id);
		model.addAttribute("child", child);
		model.addAttribute("childId", id);
		model.addAttribute("form", ChildForm.of(child.file()));
		formErrors(model, Map.of());
		return "child/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ChildForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = PageErrors.of(binding);
		if (errors.isEmpty()) {
			try {
				ChildView child = children.update(id, form.toFile());
				redirect.addFlashAttribute("flash", messages.get("child.page.saved"));
				return "redirect:/children/" + child.id();
			}
			catch (InvalidInputException e) {
				errors = form.formFields(e.messagesByField());
			}
			catch (StaleVersionException | OptimisticLockingFailureException e) {
				model.addAttribute("alert", messages.get("child.page.stale"));
				model.addAttribute("stale", true);
			}
			catch (DuplicateChildException e) {
				errors = duplicate(e, model);
			}
			catch (ConflictException e) {
				model.addAttribute("alert", e.getMessage());
			}
		}
		model.addAttribute("childId", id);
		formErrors(model, errors);
		return "child/form";
	}

	@GetMapping("/{id}/exit")
	String exitForm(@PathVariable long id, Model model) {
		model.addAttribute("child", children.find(id));
		model.addAttribute("errors", Map.of());
		return "child/exit";
	}

	@PostMapping("/{id}/exit")
	String exit(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		ExitReason exitReason = parse(ExitReason.class, reason, "reason", errors);
		if (errors.isEmpty()) {
			try {
				children.exit(id, exitReason, date, note);
				redirect.addFlashAttribute("flash", messages.get("child.page.exited"));
				return "redirect:/children/" + id;
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
			catch (NotAllowedNowException e) {
				model.addAttribute("alert", e.getMessage());
			}
		}
		model.addAttribute("child", children.find(id));
		model.addAttribute("errors", errors);
		model.addAttribute("errorOrder", EXIT_ORDER);
		model.addAttribute("errorLabels", Map.of("reason", messages.get("child.field.exitReason"), "date",
				messages.get("child.field.exitDate"), "note", messages.get("child.field.exitNote")));
		model.addAttribute("reason", reason);
		model.addAttribute("date", date);
		model.addAttribute("note", note);
		return "child/exit";
	}

	/** 保留在册 with a reason (the file page's form beside 减员); the page shows the kept reason, or the refusal. */
	@PostMapping("/{id}/keep")
	String keep(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			children.keep(id, reason);
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("flash", e.getMessage());
		}
		return "redirect:/children/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		try {
			children.reactivate(id);
			redirect.addFlashAttribute("flash", messages.get("child.page.reactivated"));
		}
		catch (NotAllowedNowException e) {
			redirect.addFlashAttribute("flash", e.getMessage());
		}
		return "redirect:/children/" + id;
	}

	/** The form's problems with what its error summary needs: the form's order and each field's label. */
	private void formErrors(Model model, Map<String, String> errors) {
		Map<String, String> labels = new LinkedHashMap<>();
		errors.keySet().forEach(field -> labels.put(field, format.field(field)));
		model.addAttribute("errors", errors);
		model.addAttribute("errorOrder", ChildForm.FIELD_ORDER);
		model.addAttribute("errorLabels", labels);
	}

	/** The ID number is marked as the problem; the existing file is linked when the user may open it. */
	private static Map<String, String> duplicate(DuplicateChildException e, Model model) {
		e.existingId().ifPresent(id -> model.addAttribute("existingChildId", id));
		return Map.of("idNumber", e.getMessage());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException e) {
			errors.put(field, INVALID);
			return null;
		}
	}
}
