package org.shouhu.web;

import java.util.List;

/**
 * The main navigation of one signed-in user: the entries their roles reach, in order, with the current page's entry
 * marked. On a phone the first {@link #PHONE_ENTRIES} stand in the bar and the rest in the 更多 menu; a desktop shows
 * all. Built per request by {@link NavigationAdvice} from {@link NavigationEntries}.
 */
public record Navigation(List<Entry> entries) {

	/** Entries a 390 px phone shows in the bar beside the 更多 menu. */
	public static final int PHONE_ENTRIES = 4;

	public Navigation {
		entries = List.copyOf(entries);
	}

	/** The entries the phone's bar shows. */
	public List<Entry> bar() {
		return entries.subList(0, Math.min(PHONE_ENTRIES, entries.size()));
	}

	/** The entries only the 更多 menu shows on a phone. */
	public List<Entry> menu() {
		return entries.subList(Math.min(PHONE_ENTRIES, entries.size()), entries.size());
	}

	/** Whether the current page's entry is in the 更多 menu, so that the menu itself shows as current. */
	public boolean menuHoldsCurrent() {
		return menu().stream().anyMatch(Entry::current);
	}

	/** One entry: where it leads, its label and whether the page shown belongs to it. */
	public record Entry(String key, String href, String label, boolean current) {
	}
}
