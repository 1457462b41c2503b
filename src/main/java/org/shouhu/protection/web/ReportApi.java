package org.shouhu.protection.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.common.ConflictWhen;
import org.shouhu.common.ListPage;
import org.shouhu.protection.FiledReport;
import org.shouhu.protection.NewReport;
import org.shouhu.protection.ReportListItem;
import org.shouhu.protection.ReportStatus;
import org.shouhu.protection.ReportView;
import org.shouhu.protection.Reports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mandatory reports over REST (API.md "Mandatory reports and protection"): {@code POST /api/v1/reports} → 201,
 * {@code GET /api/v1/reports?status=&overdue=&page=&size=}, {@code GET /api/v1/reports/{id}}, and the receivers'
 * steps {@code /accept}, {@code /actions} (201), {@code /conclude}, {@code /feedback}. Each step answers the whole
 * report. Rules, visibility and audit live in {@link Reports}.
 */
@RestController
@Tag(name = "Mandatory reports", description = "强制报告: filing, the inbox and the receivers' handling.")
@RequestMapping("/api/v1/reports")
class ReportApi {

	private final Reports reports;

	ReportApi(Reports reports) {
		this.reports = reports;
	}

	@PostMapping
	@Operation(summary = "File a mandatory report", operationId = "fileReport")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<FiledReport> file(@RequestBody NewReport report) {
		FiledReport filed = reports.file(report);
		return ResponseEntity.created(URI.create("/api/v1/reports/" + filed.id())).body(filed);
	}

	@GetMapping
	@Operation(summary = "The reports the caller filed or receives, overdue first", operationId = "listReports")
	ListPage<ReportListItem> list(@RequestParam(required = false) ReportStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return reports.list(status, overdue, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a report with its timeline", operationId = "getReport")
	ReportView find(@PathVariable long id) {
		return reports.find(id);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "Accept a received report", operationId = "acceptReport")
	@ConflictWhen("The report is not in status RECEIVED, or it changed meanwhile")
	ReportView accept(@PathVariable long id, @RequestBody(required = false) EmptyRequest body) {
		return reports.accept(id);
	}

	@PostMapping("/{id}/actions")
	@Operation(summary = "Record a handling action on an accepted report", operationId = "recordReportAction")
	@ResponseStatus(HttpStatus.CREATED)
	@ConflictWhen("The report is not in status ACCEPTED, or it changed meanwhile")
	ResponseEntity<ReportView> action(@PathVariable long id, @RequestBody ActionRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
				.body(reports.recordAction(id, request.takenOn(), request.description()));
	}

	@PostMapping("/{id}/conclude")
	@Operation(summary = "Conclude an accepted report", operationId = "concludeReport")
	@ConflictWhen("The report is not in status ACCEPTED, or it changed meanwhile")
	ReportView conclude(@PathVariable long id, @RequestBody ConcludeRequest request) {
		return reports.conclude(id, request.result(), request.harmConfirmed());
	}

	@PostMapping("/{id}/feedback")
	@Operation(summary = "Give the reporter feedback on a concluded report", operationId = "giveReportFeedback")
	@ConflictWhen("The report is not in status CONCLUDED, or it changed meanwhile")
	ReportView feedback(@PathVariable long id, @RequestBody FeedbackRequest request) {
		return reports.giveFeedback(id, request.message());
	}

	/** {@code {}}: accepting needs nothing more. */
	record EmptyRequest() {
	}

	record ActionRequest(LocalDate takenOn, String description) {
	}

	record ConcludeRequest(String result, Boolean harmConfirmed) {
	}

	record FeedbackRequest(String message) {
	}
}
