package org.shouhu.child;

import java.time.LocalDate;
import java.util.Set;

/** The categories of a file changed, on a save or by the daily re-evaluation (as of {@code on}). */
public record ChildCategoriesChanged(long childId, String villageCode, Set<Category> before, Set<Category> after,
		LocalDate on) {
}
