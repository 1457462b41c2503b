package org.shouhu.tasks;

import java.util.List;

/**
 * Cards under one heading: a kind of item on a village's list ({@code heading} set, {@code village} null), or one
 * village on a list above a village ({@code village} set; null for items about no village). Only the first
 * {@code limit} cards are shown; the rest are counted.
 */
public record CardGroup(String heading, VillageHeading village, List<TaskCard> cards, int limit) {

	public List<TaskCard> shown() {
		return cards.size() <= limit ? cards : cards.subList(0, limit);
	}

	public int hidden() {
		return Math.max(0, cards.size() - limit);
	}

	/** Cards about a child, i.e. children with something to do. */
	public long children() {
		return cards.stream().filter(card -> card.childId() != null).count();
	}

	public long overdueChildren() {
		return cards.stream().filter(card -> card.childId() != null && card.overdue()).count();
	}

	public boolean overdue() {
		return cards.stream().anyMatch(TaskCard::overdue);
	}
}
