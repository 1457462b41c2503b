package org.shouhu.child;

import java.time.Instant;
import java.util.List;

/**
 * One change to a file: who, when, and what (ID and phone numbers masked). {@code actor} is {@code 系统} for
 * changes by the daily re-evaluation.
 */
public record ChildHistoryEntry(Instant at, String actor, List<Change> changes) {

	/** {@code field} is the JSON path ({@code father.phone}, {@code categories}); values are display strings. */
	public record Change(String field, String from, String to) {
	}
}
