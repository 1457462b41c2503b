package org.shouhu.care.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.care.NewWorkLog;
import org.shouhu.care.WorkLogChange;
import org.shouhu.care.WorkLogView;
import org.shouhu.care.WorkLogs;
import org.shouhu.common.ConflictWhen;
import org.shouhu.common.ListPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work log over REST: {@code POST /api/v1/work-logs} {@code {"workedOn","content","childIds"?}} → 201;
 * {@code GET /api/v1/work-logs?regionCode=&from=&to=&page=&size=} → {@code {"items","page","size","hasNext"}};
 * additions: {@code GET} and {@code PUT /api/v1/work-logs/{id}} (the author, within 7 days, with {@code version}).
 * Rules live in {@link WorkLogs}.
 */
@RestController
@Tag(name = "Work logs", description = "Work logs of directors and supervisors.")
@RequestMapping("/api/v1/work-logs")
class WorkLogApi {

	private final WorkLogs logs;

	WorkLogApi(WorkLogs logs) {
		this.logs = logs;
	}

	@PostMapping
	@Operation(summary = "Record a work log entry", operationId = "recordWorkLog")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<WorkLogView> record(@RequestBody NewWorkLog entry) {
		WorkLogView view = logs.record(entry);
		return ResponseEntity.created(URI.create("/api/v1/work-logs/" + view.id())).body(view);
	}

	@GetMapping
	@Operation(summary = "List work log entries", operationId = "listWorkLogs")
	ListPage<WorkLogView> list(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return logs.list(regionCode, from, to, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a work log entry", operationId = "getWorkLog")
	WorkLogView find(@PathVariable long id) {
		return logs.find(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit own work log entry, with the version read", operationId = "editWorkLog")
	@ConflictWhen("Stale version, or the edit window has passed")
	WorkLogView edit(@PathVariable long id, @RequestBody WorkLogChange change) {
		return logs.edit(id, change);
	}
}
