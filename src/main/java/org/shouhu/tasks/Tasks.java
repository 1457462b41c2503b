package org.shouhu.tasks;

import java.util.Comparator;
import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.Messages;
import org.springframework.stereotype.Service;

/**
 * The caller's to-do list from every {@link TaskContributor}, in the contributors' order. Callers whose roles no
 * contributor serves (admins, viewers until a module serves them) are refused with 403.
 */
@Service
public class Tasks {

	private final List<TaskContributor> contributors;
	private final Messages messages;

	Tasks(List<TaskContributor> contributors, Messages messages) {
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(TaskContributor::order)).toList();
		this.messages = messages;
	}

	/** The sections of the home page, one per contributor that serves the caller (empty sections included). */
	public List<TaskSection> sectionsForCaller() {
		CurrentUser caller = caller();
		return serving(caller).stream()
			.map(contributor -> new TaskSection(contributor.section(), heading(contributor),
					contributor.itemsFor(caller)))
			.toList();
	}

	/** Whether any contributor serves the caller, i.e. whether the caller has a to-do list at all. */
	public boolean servesCaller() {
		return CurrentUser.find().map(caller -> contributors.stream().anyMatch(c -> c.serves(caller))).orElse(false);
	}

	/** All items of the caller, section by section ({@code GET /api/v1/tasks}). */
	public List<TaskItem> itemsForCaller() {
		return sectionsForCaller().stream().flatMap(section -> section.items().stream()).toList();
	}

	CurrentUser caller() {
		return CurrentUser.find().orElseThrow(() -> new ForbiddenException(messages.get("tasks.forbidden")));
	}

	/** The contributors that serve the caller, in order; none → 403. */
	List<TaskContributor> serving(CurrentUser caller) {
		List<TaskContributor> serving = contributors.stream().filter(c -> c.serves(caller)).toList();
		if (serving.isEmpty()) {
			throw new ForbiddenException(messages.get("tasks.forbidden"));
		}
		return serving;
	}

	String heading(TaskContributor contributor) {
		return messages.get("tasks.section." + contributor.section());
	}
}
