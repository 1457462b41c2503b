package org.shouhu.exchange.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.exchange.ImportTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/imports/template}: the xlsx import template (摸底排查表, DOMAIN.md §9) for the roles that work
 * with child files, else 403. Rules live in {@link ImportTemplate}.
 */
@RestController
@Tag(name = "Imports", description = "Survey data in: the import template (摸底排查表).")
class ImportTemplateApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ImportTemplate template;

	ImportTemplateApi(ImportTemplate template) {
		this.template = template;
	}

	@GetMapping(path = "/api/v1/imports/template", produces = XLSX)
	@Operation(summary = "Download the xlsx import template", operationId = "getImportTemplate")
	void template(HttpServletResponse response) {
		send(template, response);
	}

	/** Writes the template to the response; the caller check comes before the headers and the bytes. */
	static void send(ImportTemplate template, HttpServletResponse response) {
		template.write(() -> {
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(template.fileName(), StandardCharsets.UTF_8)
				.build()
				.toString());
			return response.getOutputStream();
		});
	}
}
