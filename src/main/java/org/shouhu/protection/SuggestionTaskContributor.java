package org.shouhu.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.Messages;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.stereotype.Component;

/**
 * {@code REPORT_SUGGESTED}: a visit or an assessment of a child in the director's village found what must be
 * reported. One item per open suggestion, oldest first, due the day it was made (立即: a day later it is overdue),
 * with the finding as its note; {@code protection/suggestion-tasks.html} shows the one-tap button to the prefilled
 * report form and the way to decline.
 */
@Component
class SuggestionTaskContributor implements TaskContributor {

	static final String TYPE = "REPORT_SUGGESTED";

	private final ReportSuggestions suggestions;
	private final Messages messages;
	private final Clock clock;

	SuggestionTaskContributor(ReportSuggestions suggestions, Messages messages, Clock clock) {
		this.suggestions = suggestions;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "protection";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public boolean serves(CurrentUser caller) {
		return caller.has(Role.CHILD_DIRECTOR);
	}

	@Override
	public List<TaskItem> itemsFor(CurrentUser caller) {
		LocalDate today = LocalDate.now(clock);
		return suggestions.openForCaller().stream().map(task -> {
			LocalDate on = LocalDate.ofInstant(task.createdAt(), clock.getZone());
			return TaskItem.aboutChild(TYPE, on,
					messages.get("protection.suggestion.task.title", task.child().name(), task.situationLabel()),
					on.isBefore(today), task.child().id(), task.child().name(), task.child().villageCode(),
					task.child().villageName()).withNote(task.description());
		}).toList();
	}

	@Override
	public String itemTemplate() {
		return "protection/suggestion-tasks";
	}
}
