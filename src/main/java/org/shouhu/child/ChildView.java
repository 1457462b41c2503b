package org.shouhu.child;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A whole child file as the API and the file page show it: the entered content ({@link ChildFile}, unwrapped in
 * JSON, with full ID and phone numbers, so every read is audited) plus what the system keeps.
 *
 * @param age          whole years on today's date
 * @param villageName    the village's own name; {@code regionName} the full name from the province down
 * @param exitSuggestion set when the file holds no category any more and was not kept: the suggestion to exit it
 * @param keptReason     why the file stays active without a category (保留在册), when it was kept
 * @param temporaryGuardianship 临时监护中: a temporary guardianship by civil affairs is active (protection module)
 * @param warnings       the file's warnings as of today, e.g. the situations of 未保法 Art 21 (独居, 无人看护)
 */
public record ChildView(long id, @JsonUnwrapped ChildFile file, ChildStatus status, int age,
		List<CategoryView> categories, String villageName, String regionName, ExitReason exitReason,
		String exitReasonLabel, LocalDate exitDate, String exitNote, boolean harmByGuardianConfirmed,
		Instant registeredAt, String registeredBy, Instant updatedAt, ExitSuggestion exitSuggestion,
		String keptReason, boolean temporaryGuardianship, List<ChildWarning> warnings) {

	public long version() {
		return file.version();
	}
}
