package org.shouhu.tasks;

import java.util.List;

import org.shouhu.account.CurrentUser;

/**
 * What a module implements (as a Spring bean) to put items on the to-do list. The contributor decides which roles it
 * serves and reads the caller's jurisdiction in its own queries (never filtered after loading).
 */
public interface TaskContributor {

	/**
	 * The home-page section this contributor fills: a short key ({@code care}, {@code protection}); the section's
	 * heading is {@code tasks.section.<key>} in messages.properties.
	 */
	String section();

	/** Where the section stands on the home page and in the API's list: lower first. */
	int order();

	/** Whether the caller's roles have items of this module at all (a caller served by no contributor gets 403). */
	boolean serves(CurrentUser caller);

	/**
	 * The caller's items, inside the caller's jurisdiction, most urgent first; called only when {@link #serves}
	 * holds. A contributor bounds its own list. Items about a child carry its {@code childId}, {@code childName},
	 * {@code villageCode} and {@code villageName}: the home page shows one card per child and groups the cards by
	 * village for callers above a village.
	 */
	List<TaskItem> itemsFor(CurrentUser caller);

	/**
	 * On a village's list (a director's home page) the cards stand under headings {@code tasks.group.<key>}; a card
	 * stands under the group of its first (most urgent) item, and groups follow in the order they first appear. By
	 * default {@code overdue} and {@code open}.
	 */
	default String groupOf(TaskItem item) {
		return item.overdue() ? "overdue" : "open";
	}

	/**
	 * The Thymeleaf template whose fragment {@code item(item)} shows one item inside a child's card (what is due,
	 * since when, the button that does it). The default, {@code tasks/list}, shows the title, the due date and a link
	 * to the child's file.
	 */
	default String itemTemplate() {
		return "tasks/list";
	}
}
