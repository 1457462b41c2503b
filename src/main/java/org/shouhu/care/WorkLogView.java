package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A work log entry.
 *
 * @param regionCode the author's jurisdiction when writing; {@code regionName} its name
 * @param children   the children the entry is about (id and name)
 * @param editable   whether the caller may still edit it (the author, within {@value WorkLogs#EDIT_DAYS} days)
 */
public record WorkLogView(long id, LocalDate workedOn, String content, String authorName, String regionCode,
		String regionName, List<LinkedChild> children, long version, Instant createdAt, Instant updatedAt,
		boolean editable) {

	/** A child a work log entry is about; {@code name} is null when the file is no longer in the caller's jurisdiction. */
	public record LinkedChild(long id, String name) {
	}
}
