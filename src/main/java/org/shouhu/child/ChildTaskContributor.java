package org.shouhu.child;

import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.Messages;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.stereotype.Component;

/**
 * The child registry's items on the to-do list: files that hold no category any more and were not kept with a reason
 * (type {@value #FILE_EXIT_SUGGESTED}), suggesting the exit (减员) with why the categories ended, for the village's
 * director and the township's supervisor. The item links to the file ({@code childId}); it ends when the file is
 * exited, kept with a reason (保留在册) or holds a category again.
 */
@Component
class ChildTaskContributor implements TaskContributor {

	/** Task type of a file suggested for exit. */
	static final String FILE_EXIT_SUGGESTED = "FILE_EXIT_SUGGESTED";

	/** Most items listed; the oldest suggestions come first. */
	static final int LIMIT = 200;

	private final ChildManagement children;
	private final Messages messages;

	ChildTaskContributor(ChildManagement children, Messages messages) {
		this.children = children;
		this.messages = messages;
	}

	@Override
	public String section() {
		return "child";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public boolean serves(CurrentUser caller) {
		return caller.has(Role.CHILD_DIRECTOR) || caller.has(Role.SUPERVISOR);
	}

	@Override
	public List<TaskItem> itemsFor(CurrentUser caller) {
		return children.exitSuggestedFiles(caller, LIMIT).stream().map(this::item).toList();
	}

	private TaskItem item(ExitSuggestedFile file) {
		ExitSuggestion suggestion = file.suggestion();
		return TaskItem
			.aboutChild(FILE_EXIT_SUGGESTED, suggestion.since(),
					messages.get("child.task.exitSuggested", file.childName(), suggestion.reasonLabel()), false,
					suggestion.childId(), file.childName(), file.villageCode(), file.villageName())
			.withNote(messages.get("child.task.exitSuggestedNote", suggestion.since().toString(),
					suggestion.reasonLabel()));
	}
}
