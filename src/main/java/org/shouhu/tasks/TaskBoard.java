package org.shouhu.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.VillageDirectors;
import org.shouhu.account.VillageDirectors.Director;
import org.shouhu.common.Messages;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Service;

/**
 * The caller's to-do list as the home page shows it: per contributor one section of cards, one card per child with
 * all of the child's items. A village's list (a director's) puts the cards under the contributor's kind headings
 * ({@link TaskContributor#groupOf}); a list above a village puts them under their village, headed by the village's
 * name (and township, when the list spans several) and its directors, the villages with most overdue children
 * first. Overdue cards come first in every group.
 */
@Service
public class TaskBoard {

	/** Cards shown per kind heading on a village's list; the rest are counted. */
	public static final int SHOWN = 50;

	/** Cards shown per village on a list above a village; the rest are counted. */
	public static final int SHOWN_PER_VILLAGE = 20;

	private final Tasks tasks;
	private final Regions regions;
	private final VillageDirectors directors;
	private final Messages messages;

	TaskBoard(Tasks tasks, Regions regions, VillageDirectors directors, Messages messages) {
		this.tasks = tasks;
		this.regions = regions;
		this.directors = directors;
		this.messages = messages;
	}

	/** The caller's sections (403 for a caller no contributor serves). */
	public List<BoardSection> forCaller() {
		CurrentUser caller = tasks.caller();
		boolean byVillage = RegionLevel.ofCode(caller.jurisdiction()) != RegionLevel.VILLAGE;
		return tasks.serving(caller).stream().map(contributor -> {
			List<TaskCard> cards = cards(contributor, contributor.itemsFor(caller));
			return new BoardSection(contributor.section(), tasks.heading(contributor), contributor.itemTemplate(),
					byVillage, byVillage ? byVillage(cards) : byKind(cards));
		}).toList();
	}

	/** One card per child in the order of each child's first item, overdue cards first. */
	static List<TaskCard> cards(TaskContributor contributor, List<TaskItem> items) {
		Map<Object, List<TaskItem>> byChild = new LinkedHashMap<>();
		for (TaskItem item : items) {
			Object key = item.childId() != null ? item.childId() : new Object();
			byChild.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
		}
		return byChild.values().stream().map(list -> {
			TaskItem first = list.get(0);
			return new TaskCard(first.childId(), first.childName(), first.villageCode(), first.villageName(),
					contributor.groupOf(first), List.copyOf(list));
		}).sorted(Comparator.comparing(card -> !card.overdue())).toList();
	}

	private List<CardGroup> byKind(List<TaskCard> cards) {
		Map<String, List<TaskCard>> groups = new LinkedHashMap<>();
		cards.forEach(card -> groups.computeIfAbsent(card.group(), k -> new ArrayList<>()).add(card));
		return groups.entrySet().stream()
			.map(group -> new CardGroup(messages.get("tasks.group." + group.getKey()), null, group.getValue(), SHOWN))
			.toList();
	}

	private List<CardGroup> byVillage(List<TaskCard> cards) {
		Map<String, List<TaskCard>> villages = new LinkedHashMap<>();
		cards.forEach(card -> villages.computeIfAbsent(card.villageCode(), k -> new ArrayList<>()).add(card));
		List<String> codes = villages.keySet().stream().filter(Objects::nonNull).toList();
		boolean townships = codes.stream().map(code -> Regions.ancestorCode(code, RegionLevel.TOWNSHIP))
			.distinct().count() > 1;
		Map<String, List<Director>> directorsByVillage = directors.of(codes);
		List<CardGroup> groups = new ArrayList<>();
		villages.forEach((code, villageCards) -> {
			VillageHeading heading = code == null ? null
					: new VillageHeading(code, regions.name(code),
							townships ? regions.name(Regions.ancestorCode(code, RegionLevel.TOWNSHIP)) : null,
							directorsByVillage.getOrDefault(code, List.of()));
			groups.add(new CardGroup(code == null ? messages.get("tasks.village.none") : null, heading, villageCards,
					SHOWN_PER_VILLAGE));
		});
		groups.sort(Comparator.comparing((CardGroup group) -> group.village() == null)
			.thenComparing(Comparator.comparingLong(CardGroup::overdueChildren).reversed()));
		return groups;
	}
}
