package org.shouhu.child.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.child.Category;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildHistoryEntry;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildQuery;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.shouhu.child.ChildView;
import org.shouhu.child.ExitReason;
import org.shouhu.common.ConflictWhen;
import org.shouhu.common.ListPage;
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

/** Child files over REST (API.md "Children"). Rules, scoping and audit live in {@link ChildManagement}. */
@RestController
@Tag(name = "Children", description = "Child files: registration, update, exit, history; every read is audited.")
@RequestMapping("/api/v1/children")
class ChildApi {

	private final ChildManagement children;

	ChildApi(ChildManagement children) {
		this.children = children;
	}

	@PostMapping
	@Operation(summary = "Register a child file", operationId = "registerChild")
	@ResponseStatus(HttpStatus.CREATED)
	@ConflictWhen("A file with this ID number exists already")
	ResponseEntity<ChildView> register(@RequestBody ChildFile file) {
		ChildView view = children.register(file);
		return ResponseEntity.created(URI.create("/api/v1/children/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a child file (audited)", operationId = "getChild")
	ChildView find(@PathVariable long id) {
		return children.find(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a child file, with the version read", operationId = "updateChild")
	@ConflictWhen("Stale version: the file changed since it was read")
	ChildView update(@PathVariable long id, @RequestBody ChildFile file) {
		return children.update(id, file);
	}

	@GetMapping
	@Operation(summary = "List child files of the jurisdiction", operationId = "listChildren")
	ListPage<ChildSummary> list(@RequestParam(required = false) String villageCode,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) Category category,
			@RequestParam(required = false) ChildStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return children.list(new ChildQuery(villageCode, regionCode, category, status, q), page, size);
	}

	@PostMapping("/{id}/exit")
	@Operation(summary = "Exit a child file", operationId = "exitChild")
	@ConflictWhen("The file has exited already")
	ChildView exit(@PathVariable long id, @RequestBody ExitRequest request) {
		return children.exit(id, request.reason(), request.date(), request.note());
	}

	/** Addition to API.md: undo an exit made in error (409 when the file is active). */
	@PostMapping("/{id}/reactivate")
	@Operation(summary = "Undo an exit made in error", operationId = "reactivateChild")
	@ConflictWhen("The file is active")
	ChildView reactivate(@PathVariable long id) {
		return children.reactivate(id);
	}

	/**
	 * Addition to API.md: 保留在册, an active file that holds no category any more stays in the registry for
	 * {@code reason} (400 without one); 409 when the file is not suggested for exit.
	 */
	@PostMapping("/{id}/keep")
	@Operation(summary = "Keep a file without any category in the registry, with a reason", operationId = "keepChild")
	@ConflictWhen("The file is not suggested for exit (it holds a category, was kept already, or has exited)")
	ChildView keep(@PathVariable long id, @RequestBody KeepRequest request) {
		return children.keep(id, request.reason());
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "A file's change history", operationId = "getChildHistory")
	List<ChildHistoryEntry> history(@PathVariable long id) {
		return children.history(id);
	}

	record ExitRequest(ExitReason reason, LocalDate date, String note) {
	}

	record KeepRequest(String reason) {
	}
}
