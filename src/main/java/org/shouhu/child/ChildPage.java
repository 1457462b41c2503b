package org.shouhu.child;

import java.util.List;

/**
 * One page of a list: {@code {"items", "page", "size", "hasNext"}} (API.md conventions). Addition to API.md:
 * {@code total}, the number of files matching the list's conditions, and {@code totalCapped}, true when counting
 * stopped at {@link #COUNT_CAP} (more files match than {@code total} says: shown as "10000+").
 */
public record ChildPage<T>(List<T> items, int page, int size, boolean hasNext, long total, boolean totalCapped) {

	/** Counting stops here, so that a province-wide count costs no more than reading this many index entries. */
	public static final long COUNT_CAP = 10_000;

	/** A page without a count (total = the items on it). */
	public ChildPage(List<T> items, int page, int size, boolean hasNext) {
		this(items, page, size, hasNext, items.size(), false);
	}
}
