package org.shouhu.common;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of every paged list: {@code {"items", "page", "size", "hasNext"}} (API.md conventions). Additions to
 * API.md, present only where the list counts: {@code total}, the rows matching the list's conditions, and
 * {@code totalCapped}, true when counting stopped at {@link #COUNT_CAP} (more rows match than {@code total} says:
 * shown as "10000+").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListPage<T>(List<T> items, int page, int size, boolean hasNext, Long total, Boolean totalCapped) {

	/** Counting stops here, so that a province-wide count costs no more than reading this many index entries. */
	public static final long COUNT_CAP = 10_000;

	public ListPage {
		items = List.copyOf(items);
	}

	/** An uncounted page from the rows read with {@link Paging#limitPlusOne()}. */
	public static <T> ListPage<T> of(List<T> rows, Paging paging) {
		return new ListPage<>(shown(rows, paging), paging.page(), paging.size(), rows.size() > paging.size(), null,
				null);
	}

	/** A page with its count, read up to {@link #COUNT_CAP} (or beyond: capped here). */
	public static <T> ListPage<T> counted(List<T> rows, Paging paging, long count) {
		return new ListPage<>(shown(rows, paging), paging.page(), paging.size(), rows.size() > paging.size(),
				Math.min(count, COUNT_CAP), count > COUNT_CAP);
	}

	/** A page with an exact count that is never capped. */
	public static <T> ListPage<T> exact(List<T> items, Paging paging, boolean hasNext, long total) {
		return new ListPage<>(items, paging.page(), paging.size(), hasNext, total, null);
	}

	/** The empty page a list page shows when its filters are refused. */
	public static <T> ListPage<T> empty(int page, int size) {
		return new ListPage<>(List.of(), Math.max(page, 0), size, false, 0L, false);
	}

	/** The same page with each item mapped. */
	public <R> ListPage<R> map(Function<? super T, ? extends R> mapping) {
		return new ListPage<>(items.stream().<R>map(mapping).toList(), page, size, hasNext, total, totalCapped);
	}

	private static <T> List<T> shown(List<T> rows, Paging paging) {
		return rows.size() > paging.size() ? rows.subList(0, paging.size()) : rows;
	}
}
