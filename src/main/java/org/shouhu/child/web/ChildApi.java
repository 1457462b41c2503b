package org.shouhu.child.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.shouhu.child.Category;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildHistoryEntry;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildQuery;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.shouhu.child.ChildView;
import org.shouhu.child.ExitReason;
import org.shouhu.common.ListPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Child files over REST (API.md "Children"). Rules, scoping and audit live in {@link ChildManagement}. */
@RestController
@RequestMapping("/api/v1/children")
class ChildApi {

	private final ChildManagement children;

	ChildApi(ChildManagement children) {
		this.children = children;
	}

	@PostMapping
	ResponseEntity<ChildView> register(@RequestBody ChildFile file) {
		ChildView view = children.register(file);
		return ResponseEntity.created(URI.create("/api/v1/children/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	ChildView find(@PathVariable long id) {
		return children.find(id);
	}

	@PutMapping("/{id}")
	ChildView update(@PathVariable long id, @RequestBody ChildFile file) {
		return children.update(id, file);
	}

	@GetMapping
	ListPage<ChildSummary> list(@RequestParam(required = false) String villageCode,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) Category category,
			@RequestParam(required = false) ChildStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return children.list(new ChildQuery(villageCode, regionCode, category, status, q), page, size);
	}

	@PostMapping("/{id}/exit")
	ChildView exit(@PathVariable long id, @RequestBody ExitRequest request) {
		return children.exit(id, request.reason(), request.date(), request.note());
	}

	/** Addition to API.md: undo an exit made in error (409 when the file is active). */
	@PostMapping("/{id}/reactivate")
	ChildView reactivate(@PathVariable long id) {
		return children.reactivate(id);
	}

	@GetMapping("/{id}/history")
	List<ChildHistoryEntry> history(@PathVariable long id) {
		return children.history(id);
	}

	record ExitRequest(ExitReason reason, LocalDate date, String note) {
	}
}
