package org.shouhu.tasks;

import java.util.List;

/**
 * One contributor's section of the home page as cards: under kind headings on a village's list, under village
 * headings above a village ({@code byVillage}).
 */
public record BoardSection(String key, String heading, String itemTemplate, boolean byVillage,
		List<CardGroup> groups) {

	/** Children with something to do in this section (what the page counts). */
	public long children() {
		return groups.stream().mapToLong(CardGroup::children).sum();
	}

	/** Cards, whether about a child or not. */
	public long cards() {
		return groups.stream().mapToLong(group -> group.cards().size()).sum();
	}
}
