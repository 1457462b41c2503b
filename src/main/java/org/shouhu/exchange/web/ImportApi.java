package org.shouhu.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.exchange.ImportStatus;
import org.shouhu.exchange.ImportView;
import org.shouhu.exchange.Imports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The 摸底排查表 import (API.md "Import, export…"): {@code POST /api/v1/imports} (multipart {@code file}) → 202
 * {@code {"id","status"}}, the job runs in the background; {@code GET /api/v1/imports/{id}} tells how far it got;
 * {@code GET /api/v1/imports/{id}/errors} is the workbook of the rejected rows. Rules live in {@link Imports}.
 */
@RestController
@Tag(name = "Imports", description = "Survey data in: the import template (摸底排查表).")
class ImportApi {

	private final Imports imports;

	ImportApi(Imports imports) {
		this.imports = imports;
	}

	/** The answer to an upload. */
	record Started(long id, ImportStatus status) {
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Upload a filled-in 摸底排查表 (xlsx) to import in the background", operationId = "startImport")
	Started start(@RequestParam(name = "file", required = false) MultipartFile file) {
		ImportView job = start(imports, file);
		return new Started(job.id(), job.status());
	}

	@GetMapping("/api/v1/imports/{id}")
	@Operation(summary = "Progress and result of an import", operationId = "getImport")
	ImportView find(@PathVariable long id) {
		return imports.find(id);
	}

	@GetMapping(path = "/api/v1/imports/{id}/errors", produces = ImportTemplateApi.XLSX)
	@Operation(summary = "Download the rejected rows of an import as xlsx, with their messages", operationId = "getImportErrors")
	void errors(@PathVariable long id, HttpServletResponse response) {
		sendErrors(imports, id, response);
	}

	static ImportView start(Imports imports, MultipartFile file) {
		if (file == null) {
			return imports.start(null, 0, null);
		}
		try (InputStream in = file.getInputStream()) {
			return imports.start(file.getOriginalFilename(), file.getSize(), in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the error workbook; the checks (403, 404) come before the headers and the bytes. */
	static void sendErrors(Imports imports, long id, HttpServletResponse response) {
		imports.writeErrors(id, () -> {
			response.setContentType(ImportTemplateApi.XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(imports.errorsFileName(id), StandardCharsets.UTF_8)
				.build()
				.toString());
			return response.getOutputStream();
		});
	}
}
