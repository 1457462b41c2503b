package org.shouhu.tasks;

import java.util.List;

/**
 * One card of the home page: a child's items together (a contact and a home visit due are one card), or one item
 * that is about no child.
 *
 * @param group the group key of the card's first item ({@link TaskContributor#groupOf})
 */
public record TaskCard(Long childId, String childName, String villageCode, String villageName, String group,
		List<TaskItem> items) {

	/** Whether any of the card's items is overdue. */
	public boolean overdue() {
		return items.stream().anyMatch(TaskItem::overdue);
	}
}
