package org.shouhu.child;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.shouhu.child.rules.ChildFacts;

/** Why a file that held categories holds none any more: the reason given with the suggestion to exit it (减员). */
public enum CategoriesEndedReason {

	AGED_16("已满16周岁", ExitReason.AGED_OUT),
	AGED_18("已满18周岁", ExitReason.AGED_OUT),
	PARENTS_RETURNED("父母已返乡", ExitReason.PARENTS_RETURNED),
	NO_LONGER_ELIGIBLE("不再符合任何类别的认定条件", ExitReason.NO_LONGER_ELIGIBLE);

	private final String label;
	private final ExitReason exitReason;

	CategoriesEndedReason(String label, ExitReason exitReason) {
		this.label = label;
		this.exitReason = exitReason;
	}

	public String label() {
		return label;
	}

	/** The exit reason that fits. */
	public ExitReason exitReason() {
		return exitReason;
	}

	/**
	 * Why {@code before} (not empty) ended on {@code on}: age limits of DOMAIN.md §1 (16 for 农村留守儿童, 18 for the
	 * others), else the parents being home (no parent working away any more) for a left-behind child, else the facts
	 * no longer meet any rule.
	 */
	static CategoriesEndedReason of(Set<Category> before, ChildFacts facts, LocalDate on) {
		int age = Child.age(facts.birthDate(), on);
		if (age >= 18) {
			return AGED_18;
		}
		if (age >= 16 && before.contains(Category.LEFT_BEHIND)) {
			return AGED_16;
		}
		if (before.contains(Category.LEFT_BEHIND) && !awayForWork(facts, on)) {
			return PARENTS_RETURNED;
		}
		return NO_LONGER_ELIGIBLE;
	}

	private static boolean awayForWork(ChildFacts facts, LocalDate on) {
		return Stream.concat(facts.father().stream(), facts.mother().stream())
			.anyMatch(s -> s.type() == SituationType.OUT_MIGRANT && (s.until() == null || !s.until().isBefore(on)));
	}
}
