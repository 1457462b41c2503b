package org.shouhu.exchange.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.child.Category;
import org.shouhu.child.ChildQuery;
import org.shouhu.child.ChildStatus;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.PageErrors;
import org.shouhu.exchange.ExportChildren;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /children/export}: the export of the children list's current filters for civil affairs. GET shows the small
 * form asking for the 用途 with the filters carried over in hidden fields; POST downloads the workbook, or shows the
 * form again with the messages (400) when the purpose is missing or a filter cannot be read. Other roles get the 403
 * page, a region outside the jurisdiction the 404 page. Rules live in {@link ExportChildren}.
 */
@Controller
class ExportController {

	/** The form's fields top to bottom. */
	static final List<String> ORDER = List.of("purpose", "regionCode", "villageCode", "category", "status", "q");

	private final ExportChildren export;
	private final Messages messages;

	ExportController(ExportChildren export, Messages messages) {
		this.export = export;
		this.messages = messages;
	}

	@GetMapping("/children/export")
	String form(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String villageCode,
			@RequestParam(required = false) String category, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, HttpServletResponse response, Model model) {
		export.caller();
		Map<String, String> errors = new LinkedHashMap<>();
		Category categoryCode = parse(Category.class, category, "category", errors);
		ChildStatus statusCode = parse(ChildStatus.class, status, "status", errors);
		if (errors.isEmpty()) {
			try {
				export.check(new ChildQuery(villageCode, regionCode, categoryCode, statusCode, q));
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return page(model, regionCode, villageCode, category, status, q, null, errors);
	}

	@PostMapping("/children/export")
	String download(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String villageCode, @RequestParam(required = false) String category,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String purpose, HttpServletResponse response, Model model) {
		export.caller();
		Map<String, String> errors = new LinkedHashMap<>();
		Category categoryCode = parse(Category.class, category, "category", errors);
		ChildStatus statusCode = parse(ChildStatus.class, status, "status", errors);
		if (errors.isEmpty()) {
			try {
				ExportApi.send(export, new ChildQuery(villageCode, regionCode, categoryCode, statusCode, q), purpose,
						response);
				return null;
			}
			catch (InvalidInputException e) {
				errors.putAll(e.messagesByField());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model, regionCode, villageCode, category, status, q, purpose, errors);
	}

	private String page(Model model, String regionCode, String villageCode, String category, String status,
			String q, String purpose, Map<String, String> errors) {
		model.addAttribute("regionCode", regionCode);
		model.addAttribute("villageCode", villageCode);
		model.addAttribute("category", category);
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("purpose", purpose);
		model.addAttribute("errors", errors);
		model.addAttribute("order", ORDER);
		Map<String, String> labels = new LinkedHashMap<>();
		ORDER.forEach(field -> labels.put(field, messages.get("exchange.export.field." + field)));
		model.addAttribute("labels", labels);
		model.addAttribute("regionName", export.regionName(regionCode));
		model.addAttribute("categoryLabel", label(Category.class, category));
		model.addAttribute("statusLabel", label(ChildStatus.class, status));
		return "exchange/export";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException e) {
			errors.put(field, PageErrors.INVALID);
			return null;
		}
	}

	private static <E extends Enum<E>> String label(Class<E> type, String value) {
		Map<String, String> ignored = new LinkedHashMap<>();
		E code = parse(type, value, "x", ignored);
		if (code instanceof Category c) {
			return c.label();
		}
		return code instanceof ChildStatus s ? s.label() : null;
	}
}
