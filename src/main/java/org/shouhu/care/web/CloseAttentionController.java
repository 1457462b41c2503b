package org.shouhu.care.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.care.CareListEntry;
import org.shouhu.common.Messages;
import org.shouhu.care.CareLists;
import org.shouhu.care.CloseAttentionExport;
import org.shouhu.care.CloseAttentionReason;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.PageErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The close-attention page (重点关注: the children in close attention and the three lists of seed 001) with region and
 * reason filters, and its xlsx export with the same filters. Rules, scope and audit live in {@link CareLists} and
 * {@link CloseAttentionExport}.
 */
@Controller
@RequestMapping("/care")
class CloseAttentionController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int PAGE_SIZE = 20;

	private final CareLists lists;
	private final CloseAttentionExport export;
	private final Clock clock;
	private final Messages messages;

	CloseAttentionController(CareLists lists, CloseAttentionExport export, Clock clock, Messages messages) {
		this.lists = lists;
		this.export = export;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/close-attention")
	String page(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		CloseAttentionReason reasonCode = reason(reason, errors);
		ListPage<CareListEntry> result = ListPage.empty(page, PAGE_SIZE);
		try {
			result = lists.list(regionCode, reasonCode, Math.max(page, 0), PAGE_SIZE);
		}
		catch (InvalidInputException e) {
			errors.putAll(e.messagesByField());
		}
		model.addAttribute("regionCode", regionCode);
		model.addAttribute("reason", reasonCode == null ? "" : reasonCode.name());
		model.addAttribute("result", result);
		model.addAttribute("errors", errors);
		model.addAttribute("closeReasons",
				List.of(CloseAttentionReason.values()).stream().filter(CloseAttentionReason::closeAttention).toList());
		model.addAttribute("listReasons",
				List.of(CloseAttentionReason.values()).stream().filter(r -> !r.closeAttention()).toList());
		return "care/close-attention";
	}

	/** The same list as an xlsx file; filters that cannot be read show the page with their messages (400). */
	@GetMapping("/close-attention.xlsx")
	String export(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String reason,
			HttpServletResponse response, Model model) {
		Map<String, String> errors = new LinkedHashMap<>();
		CloseAttentionReason reasonCode = reason(reason, errors);
		try {
			if (errors.isEmpty()) {
				export.write(regionCode, reasonCode, () -> {
					response.setContentType(XLSX);
					response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(messages.get("care.page.closeAttentionFile", LocalDate.now(clock).toString()), StandardCharsets.UTF_8)
						.build()
						.toString());
					return response.getOutputStream();
				});
				return null;
			}
		}
		catch (InvalidInputException e) {
			errors.putAll(e.messagesByField());
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(regionCode, reason, 0, model);
	}

	private static CloseAttentionReason reason(String value, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return CloseAttentionReason.valueOf(value.trim());
		}
		catch (IllegalArgumentException e) {
			errors.put("reason", PageErrors.INVALID);
			return null;
		}
	}
}
