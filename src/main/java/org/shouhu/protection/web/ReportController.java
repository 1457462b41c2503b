package org.shouhu.protection.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildQuery;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.ConflictException;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.PageErrors;
import org.shouhu.common.Paging;
import org.shouhu.common.TextCheck;
import org.shouhu.protection.FiledReport;
import org.shouhu.protection.NewReport;
import org.shouhu.protection.ReportListItem;
import org.shouhu.protection.ReportSituation;
import org.shouhu.protection.ReportStatus;
import org.shouhu.protection.ReportView;
import org.shouhu.protection.ReporterType;
import org.shouhu.protection.Reports;
import org.shouhu.region.RegionLevel;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The mandatory-report pages (强制报告): the form one tap from the home page, the inbox of the receivers (the home
 * page of department liaisons) and of those who filed, and one report with its timeline and the receivers' next
 * step. {@link Reports} decides who may do what (403, 404, 409); this class only turns its answers into pages.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

	/** The form's fields top to bottom (protection/report-form.html), the order of its error summary. */
	static final List<String> FIELD_ORDER = List.of("situation", "description", "occurredOn", "receivedAt", "child",
			"childId", "childName", "villageCode", "reporterType", "reporterName", "reporterPhone");

	/** Matches shown under the form's child search. */
	private static final int MATCHES = 10;
	private static final int PAGE_SIZE = 20;

	private final Reports reports;
	private final ChildManagement children;
	private final Clock clock;
	private final Messages messages;
	private final Map<String, String> labels;

	ReportController(Reports reports, ChildManagement children, Clock clock, Messages messages) {
		this.reports = reports;
		this.children = children;
		this.clock = clock;
		this.messages = messages;
		Map<String, String> names = new LinkedHashMap<>();
		FIELD_ORDER.forEach(field -> names.put(field, messages.get("protection.pages.field." + field)));
		this.labels = Map.copyOf(names);
	}

	// --- the form

	@GetMapping("/new")
	String newReport(@RequestParam(required = false) String childId, @RequestParam(required = false) String situation,
			@RequestParam(required = false) String description, @RequestParam(required = false) String suggestion,
			Model model) {
		CurrentUser user = CurrentUser.get();
		if (!user.worksWithChildFiles() && !user.has(Role.DEPARTMENT)) {
			// the service refuses the filing itself; the form is not offered either
			throw new ForbiddenException(messages.get("protection.report.forbidden"));
		}
		ReportForm form = new ReportForm();
		form.setOccurredOn(LocalDate.now(clock));
		form.setReporterType(defaultReporterType(user));
		form.setReporterName(user.actorName());
		form.setSituation(code(situation, ReportSituation.class));
		form.setDescription(TextCheck.normalize(description));
		form.setSuggestion(TextCheck.normalize(suggestion));
		if (RegionLevel.ofCode(user.jurisdiction()) == RegionLevel.VILLAGE) {
			form.setVillageCode(user.jurisdiction());
		}
		Long id = number(childId);
		if (id != null && canSearchFiles(user)) {
			form.setChildId(id);
		}
		return form(form, new LinkedHashMap<>(), null, model);
	}

	@PostMapping
	String file(@ModelAttribute("form") ReportForm form, BindingResult binding,
			@RequestParam(defaultValue = "file") String action, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>(PageErrors.of(binding));
		if ("find".equals(action)) {
			form.setChild(ReportForm.FROM_FILE);
			return form(form, Map.of(), find(form.getQ()), model);
		}
		ReportSituation situation = parse(form.getSituation(), ReportSituation.class, "situation", errors);
		ReporterType reporterType = parse(form.getReporterType(), ReporterType.class, "reporterType", errors);
		if (errors.isEmpty()) {
			try {
				FiledReport filed = reports.file(toReport(form, situation, reporterType));
				redirect.addFlashAttribute("flash", messages.get("protection.pages.filed", filed.acceptBy() == null
						? "" : ReportPagesFormat.TIME.format(filed.acceptBy())));
				return "redirect:/reports/" + filed.id();
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
		}
		return form(form, errors, form.getQ() == null ? null : find(form.getQ()), model);
	}

	private NewReport toReport(ReportForm form, ReportSituation situation, ReporterType reporterType) {
		boolean fromFile = form.fromFile() && canSearchFiles(CurrentUser.get());
		return new NewReport(situation, form.getDescription(), form.getOccurredOn(),
				form.getReceivedAt() == null ? null : form.getReceivedAt().atZone(ReportPagesFormat.ZONE).toOffsetDateTime(),
				reporterType, form.getReporterName(), form.getReporterPhone(), fromFile ? form.getChildId() : null,
				fromFile ? null : form.getChildName(), fromFile ? null : form.getVillageCode());
	}

	private String form(ReportForm form, Map<String, String> errors, List<ChildSummary> matches, Model model) {
		CurrentUser user = CurrentUser.get();
		boolean searchFiles = canSearchFiles(user);
		ChildSummary chosen = null;
		if (searchFiles && form.getChildId() != null) {
			try {
				chosen = children.summary(form.getChildId());
			}
			catch (NotFoundException e) {
				errors.putIfAbsent("childId", e.getMessage());
				form.setChildId(null);
			}
		}
		if (!searchFiles) {
			form.setChild(ReportForm.NOT_ON_FILE);
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("errorOrder", FIELD_ORDER);
		model.addAttribute("fieldLabels", labels);
		model.addAttribute("situations", ReportSituation.values());
		model.addAttribute("reporterTypes", ReporterType.values());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("showReceivedAt", hotline(user));
		model.addAttribute("canSearchFiles", searchFiles);
		model.addAttribute("chosenChild", chosen);
		model.addAttribute("matches", matches);
		model.addAttribute("villageRoot", null);
		return "protection/report-form";
	}

	/** The caller's active files whose name matches, or null when nothing was searched. */
	private List<ChildSummary> find(String q) {
		String query = TextCheck.normalize(q);
		if (query == null || !canSearchFiles(CurrentUser.get())) {
			return null;
		}
		return children.list(new ChildQuery(null, null, null, ChildStatus.ACTIVE, query), 0, MATCHES).items();
	}

	// --- the inbox

	@GetMapping
	String inbox(@RequestParam(required = false) String status, @RequestParam(required = false) String overdue,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		ReportStatus chosen = parse(status, ReportStatus.class, "status", errors);
		boolean overdueOnly = "true".equals(overdue);
		int pageNumber = Math.max(page, 0);
		// a page beyond every list (an address edited by hand) shows the message instead of a failed query
		Paging.problems(pageNumber, PAGE_SIZE).forEach(p -> errors.putIfAbsent(p.field(), p.message()));
		ListPage<ReportListItem> list = errors.isEmpty()
				? reports.list(chosen, overdueOnly ? Boolean.TRUE : null, pageNumber, PAGE_SIZE)
				: ListPage.empty(0, PAGE_SIZE);
		CurrentUser user = CurrentUser.get();
		model.addAttribute("reports", list);
		model.addAttribute("filterErrors", errors);
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("status", chosen == null ? null : chosen.name());
		model.addAttribute("overdueOnly", overdueOnly);
		model.addAttribute("canFile", user.worksWithChildFiles() || user.has(Role.DEPARTMENT));
		model.addAttribute("policyLink", user.has(Role.CIVIL_AFFAIRS) && level(user).ordinal() <= RegionLevel.COUNTY.ordinal());
		model.addAttribute("receives", user.has(Role.DEPARTMENT) || user.has(Role.CIVIL_AFFAIRS));
		return "protection/inbox";
	}

	// --- one report

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		return page(reports.find(id), Map.of(), null, model);
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, () -> reports.accept(id), "protection.pages.accepted", model, redirect, response);
	}

	@PostMapping("/{id}/actions")
	String action(@PathVariable long id, @RequestParam(required = false) String takenOn,
			@RequestParam(required = false) String description, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate date = date(takenOn, "takenOn", errors);
		if (!errors.isEmpty()) {
			return invalid(id, errors, Map.of("takenOn", value(takenOn), "description", value(description)), model,
					response);
		}
		return step(id, () -> reports.recordAction(id, date, description), "protection.pages.actionRecorded", model,
				redirect, response, Map.of("takenOn", value(takenOn), "description", value(description)));
	}

	@PostMapping("/{id}/conclude")
	String conclude(@PathVariable long id, @RequestParam(required = false) String result,
			@RequestParam(required = false) String harmConfirmed, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<String, String> entered = Map.of("result", value(result), "harmConfirmed", value(harmConfirmed));
		// anything but 是/否 is no answer: the service names the field
		Boolean harm = switch (value(harmConfirmed)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> null;
		};
		return step(id, () -> reports.conclude(id, result, harm), "protection.pages.concluded", model, redirect,
				response, entered);
	}

	@PostMapping("/{id}/feedback")
	String feedback(@PathVariable long id, @RequestParam(required = false) String message, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, () -> reports.giveFeedback(id, message), "protection.pages.feedbackGiven", model, redirect,
				response, Map.of("message", value(message)));
	}

	private String step(long id, java.util.function.Supplier<ReportView> action, String done, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, action, done, model, redirect, response, Map.of());
	}

	/**
	 * Takes a receiver's step: back to the report with a confirmation, or the report again with the problems next to
	 * the step's fields (400) or the refusal of a step the report's state no longer allows (409).
	 */
	private String step(long id, java.util.function.Supplier<ReportView> action, String done, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Map<String, String> entered) {
		try {
			action.get();
			redirect.addFlashAttribute("flash", messages.get(done));
			return "redirect:/reports/" + id;
		}
		catch (InvalidInputException e) {
			return invalid(id, e.messagesByField(), entered, model, response);
		}
		catch (NotAllowedNowException e) {
			return conflict(id, e.getMessage(), model, response);
		}
		catch (ConflictException | OptimisticLockingFailureException e) {
			// somebody else took a step at the same moment
			return conflict(id, messages.get("protection.pages.changedMeanwhile"), model, response);
		}
	}

	private String conflict(long id, String message, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("alert", message);
		return page(reports.find(id), Map.of(), null, model);
	}

	private String invalid(long id, Map<String, String> errors, Map<String, String> entered, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(reports.find(id), errors, entered, model);
	}

	private String page(ReportView report, Map<String, String> errors, Map<String, String> entered, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("canOpenFile", report.childOnFile() && report.childId() != null
				&& CurrentUser.get().worksWithChildFiles());
		model.addAttribute("errors", errors);
		model.addAttribute("entered", entered == null ? Map.of() : entered);
		model.addAttribute("today", LocalDate.now(clock));
		return "protection/report";
	}

	// --- helpers

	/** The reporting body a user usually is: the village committee for a director, the hotline for civil affairs. */
	private static String defaultReporterType(CurrentUser user) {
		if (user.has(Role.CHILD_DIRECTOR)) {
			return ReporterType.VILLAGE_COMMITTEE.name();
		}
		if (hotline(user)) {
			return ReporterType.HOTLINE.name();
		}
		return null;
	}

	/** County-or-above civil affairs log hotline calls with the time they came in. */
	private static boolean hotline(CurrentUser user) {
		return user.has(Role.CIVIL_AFFAIRS) && level(user).ordinal() <= RegionLevel.COUNTY.ordinal();
	}

	private static RegionLevel level(CurrentUser user) {
		RegionLevel level = RegionLevel.ofCode(user.jurisdiction());
		return level == null ? RegionLevel.VILLAGE : level;
	}

	private static boolean canSearchFiles(CurrentUser user) {
		return user.worksWithChildFiles();
	}

	private <E extends Enum<E>> E parse(String value, Class<E> type, String field, Map<String, String> errors) {
		String code = TextCheck.normalize(value);
		if (code == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, code);
		}
		catch (IllegalArgumentException e) {
			errors.putIfAbsent(field, messages.get("protection.pages.invalidChoice"));
			return null;
		}
	}

	private static <E extends Enum<E>> String code(String value, Class<E> type) {
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value)) {
				return candidate.name();
			}
		}
		return null;
	}

	private LocalDate date(String value, String field, Map<String, String> errors) {
		String text = TextCheck.normalize(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException e) {
			errors.put(field, PageErrors.INVALID);
			return null;
		}
	}

	private static Long number(String value) {
		try {
			return value == null ? null : Long.valueOf(value.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String value(String value) {
		return value == null ? "" : value;
	}
}
