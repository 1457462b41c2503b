package org.shouhu.child.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule set that decides which categories a child holds (DOMAIN.md §1–2). National rules are the default;
 * a province's variant replaces them through configuration ({@code shouhu.rules.variant}, see {@link RulesVariant}).
 * Exactly one bean of this type exists in the application.
 */
public interface ClassificationRules {

	/**
	 * The categories the facts give on the reference date, in {@link org.shouhu.child.Category} order, each with a
	 * one-sentence Chinese basis naming the facts and the rule source. Empty when the child holds none.
	 */
	List<CategoryAssignment> classify(ChildFacts facts, LocalDate referenceDate);

	/**
	 * The first date after {@code referenceDate} on which {@link #classify} could give a different result for the same
	 * facts (a 16th or 18th birthday, a situation's {@code since} taking effect, {@code until} having passed, a lost
	 * contact reaching 6 months), or {@code null} when the result can no longer change while the facts stay the same.
	 * The result is guaranteed not to change on any day strictly between {@code referenceDate} and the returned date;
	 * it may or may not change on the returned date itself. The daily re-evaluation therefore only needs to classify
	 * files whose date has come, and store the next date again.
	 * <p>
	 * This default is the safe fallback for rule sets that cannot tell: re-evaluate tomorrow.
	 */
	default LocalDate nextChangeAfter(ChildFacts facts, LocalDate referenceDate) {
		return referenceDate.plusDays(1);
	}
}
