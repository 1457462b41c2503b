package org.shouhu.child;

import java.util.List;

/**
 * One line of a child list; {@code idNumber} is masked ({@code 610330********0016}). {@code temporaryGuardianship}:
 * 临时监护中; {@code warnings}: the file's warnings as of today (未保法 Art 21), in the children list and a single line
 * ({@link ChildManagement#summary}); the lines other modules read in bulk ({@link ChildManagement#summaries}) carry
 * none.
 */
public record ChildSummary(long id, String name, Gender gender, int age, String villageCode, String villageName,
		String idNumber, List<Category> categories, ChildStatus status, boolean temporaryGuardianship,
		List<ChildWarning> warnings) {
}
