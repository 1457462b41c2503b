package org.shouhu.exchange.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.child.Category;
import org.shouhu.child.ChildQuery;
import org.shouhu.child.ChildStatus;
import org.shouhu.exchange.ExportChildren;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/children/export?regionCode=&purpose=} (and the children list's filters {@code villageCode},
 * {@code category}, {@code status}, {@code q}): the active files as the xlsx import template with full ID numbers,
 * for civil affairs only. {@code purpose} is required (400) and recorded with the row count. Rules live in
 * {@link ExportChildren}; every refusal (403, 400, 404) is a problem response before any byte of the workbook.
 */
@RestController
@Tag(name = "Exports", description = "Survey data out: the children files in the import template (摸底排查表).")
class ExportApi {

	private final ExportChildren export;

	ExportApi(ExportChildren export) {
		this.export = export;
	}

	@GetMapping(path = "/api/v1/children/export", produces = ImportTemplateApi.XLSX)
	@Operation(summary = "Export the active child files as the xlsx import template", operationId = "exportChildren")
	void export(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String purpose,
			@RequestParam(required = false) String villageCode, @RequestParam(required = false) Category category,
			@RequestParam(required = false) ChildStatus status, @RequestParam(required = false) String q,
			HttpServletResponse response) {
		send(export, new ChildQuery(villageCode, regionCode, category, status, q), purpose, response);
	}

	/** Writes the export to the response; every check comes before the headers and the bytes. */
	static int send(ExportChildren export, ChildQuery query, String purpose, HttpServletResponse response) {
		return export.write(query, purpose, fileName -> {
			response.setContentType(ImportTemplateApi.XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
			return response.getOutputStream();
		});
	}
}
