package org.shouhu.child;

import java.util.List;

/** One line of a child list; {@code idNumber} is masked ({@code 610330********0016}). */
public record ChildSummary(long id, String name, Gender gender, int age, String villageCode, String villageName,
		String idNumber, List<Category> categories, ChildStatus status) {
}
