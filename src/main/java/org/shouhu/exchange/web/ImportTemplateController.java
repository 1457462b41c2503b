package org.shouhu.exchange.web;

import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.exchange.ImportTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /imports/template}: the import template for the pages (session login), the same bytes as
 * {@code GET /api/v1/imports/template}; linked from the children list. A refusal shows the 403 page.
 */
@Controller
class ImportTemplateController {

	private final ImportTemplate template;

	ImportTemplateController(ImportTemplate template) {
		this.template = template;
	}

	@GetMapping("/imports/template")
	String template(HttpServletResponse response) {
		ImportTemplateApi.send(template, response);
		return null;
	}
}
