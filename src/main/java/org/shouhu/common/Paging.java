package org.shouhu.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The one paging check of every list ({@code ?page=0&size=20}, API.md conventions): {@code size} 1–{@value #MAX_SIZE},
 * {@code page} from 0 and small enough that the rows it skips (and the one more read to know {@code hasNext}) fit an
 * {@code int}, as JPA's first result must. Otherwise 400 with {@code errors} on {@code page} or {@code size}.
 */
public record Paging(int page, int size) {

	public static final int MAX_SIZE = 200;

	public Paging {
		List<FieldProblem> problems = problems(page, size);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The page, or 400 with the field problems. */
	public static Paging of(int page, int size) {
		return new Paging(page, size);
	}

	/** The field problems of {@code page} and {@code size}, for a service that reports them with its own. */
	public static List<FieldProblem> problems(int page, int size) {
		List<FieldProblem> problems = new ArrayList<>();
		if (size < 1 || size > MAX_SIZE) {
			problems.add(new FieldProblem("size", BundledMessages.get("common.paging.size", MAX_SIZE)));
		}
		if (page < 0) {
			problems.add(new FieldProblem("page", BundledMessages.get("common.paging.page")));
		}
		else if (size >= 1 && size <= MAX_SIZE && (long) page * size + size + 1 > Integer.MAX_VALUE) {
			problems.add(new FieldProblem("page", BundledMessages.get("common.paging.pageTooLarge")));
		}
		return problems;
	}

	/** The rows before this page. */
	public int offset() {
		return page * size;
	}

	/** The rows to read: one more than the page holds, which tells whether a next page exists. */
	public int limitPlusOne() {
		return size + 1;
	}
}
