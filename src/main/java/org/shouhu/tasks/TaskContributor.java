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
	 * holds. A contributor bounds its own list.
	 */
	List<TaskItem> itemsFor(CurrentUser caller);
}
