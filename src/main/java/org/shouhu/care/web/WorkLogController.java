package org.shouhu.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.common.Messages;
import org.shouhu.care.NewWorkLog;
import org.shouhu.care.WorkLogChange;
import org.shouhu.care.WorkLogView;
import org.shouhu.care.WorkLogs;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.PageErrors;
import org.shouhu.common.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The work log page: a quick-add form at the top for directors and supervisors, filters (region, dates) and the
 * entries visible to the caller, newest first; the author's edit page. Rules live in {@link WorkLogs}.
 */
@Controller
@RequestMapping("/work-logs")
class WorkLogController {

	private static final int PAGE_SIZE = 20;
	/** The form's fields top to bottom (care/work-logs.html, care/work-log-edit.html), the order of its error summary. */
	private static final List<String> FIELD_ORDER = List.of("workedOn", "content");

	private final WorkLogs logs;
	private final CareFormat format;
	private final Clock clock;
	private final Messages messages;

	WorkLogController(WorkLogs logs, CareFormat format, Clock clock, Messages messages) {
		this.logs = logs;
		this.format = format;
		this.clock = clock;
		this.messages = messages;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("errorOrder", FIELD_ORDER);
		model.addAttribute("errorLabels", Map.of("workedOn", messages.get("care.worklog.field.workedOn"), "content",
				messages.get("care.worklog.field.content")));
		model.addAttribute("fmt", format);
		model.addAttribute("today", LocalDate.now(clock).toString());
		model.addAttribute("maxContent", WorkLogs.MAX_CONTENT);
	}

	@GetMapping
	String list(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("workedOn", LocalDate.now(clock).toString());
		model.addAttribute("entryText", "");
		model.addAttribute("errors", Map.of());
		return listPage(regionCode, from, to, page, model);
	}

	@PostMapping
	String create(@RequestParam(required = false) String workedOn, @RequestParam(required = false) String content,
			Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate day = date(workedOn, "workedOn", errors);
		if (errors.isEmpty()) {
			try {
				logs.record(new NewWorkLog(day, content, List.of()));
				redirect.addFlashAttribute("flash", messages.get("care.page.workLogSaved"));
				return "redirect:/work-logs";
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
		}
		model.addAttribute("workedOn", workedOn);
		model.addAttribute("entryText", content);
		model.addAttribute("errors", errors);
		return listPage(null, null, null, 0, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
		WorkLogView entry = logs.find(id);
		if (!entry.editable()) {
			redirect.addFlashAttribute("flash", messages.get("care.page.workLogNotEditable", WorkLogs.EDIT_DAYS));
			return "redirect:/work-logs";
		}
		model.addAttribute("entry", entry);
		model.addAttribute("workedOn", entry.workedOn().toString());
		model.addAttribute("entryText", entry.content());
		model.addAttribute("version", entry.version());
		model.addAttribute("errors", Map.of());
		return "care/work-log-edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam(required = false) String workedOn,
			@RequestParam(required = false) String content, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate day = date(workedOn, "workedOn", errors);
		WorkLogView entry = logs.find(id);
		if (errors.isEmpty()) {
			try {
				List<Long> childIds = entry.children().stream()
					.filter(c -> c.name() != null)
					.map(WorkLogView.LinkedChild::id)
					.toList();
				logs.edit(id, new WorkLogChange(day, content, childIds, version));
				redirect.addFlashAttribute("flash", messages.get("care.page.workLogUpdated"));
				return "redirect:/work-logs";
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
			catch (StaleVersionException | OptimisticLockingFailureException e) {
				model.addAttribute("alert", messages.get("care.page.workLogStale"));
			}
			catch (NotAllowedNowException e) {
				model.addAttribute("alert", e.getMessage());
			}
		}
		model.addAttribute("entry", entry);
		model.addAttribute("workedOn", workedOn);
		model.addAttribute("entryText", content);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return "care/work-log-edit";
	}

	private String listPage(String regionCode, String from, String to, int page, Model model) {
		Map<String, String> filterErrors = new LinkedHashMap<>();
		LocalDate fromDate = date(from, "from", filterErrors);
		LocalDate toDate = date(to, "to", filterErrors);
		ListPage<WorkLogView> result = ListPage.empty(page, PAGE_SIZE);
		try {
			result = logs.list(regionCode, fromDate, toDate, Math.max(page, 0), PAGE_SIZE);
		}
		catch (InvalidInputException e) {
			filterErrors.putAll(e.messagesByField());
		}
		model.addAttribute("mayWrite", logs.mayWrite());
		model.addAttribute("regionCode", regionCode);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("result", result);
		model.addAttribute("filterErrors", filterErrors);
		return "care/work-logs";
	}

	private static LocalDate date(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			errors.put(field, PageErrors.INVALID);
			return null;
		}
	}
}
