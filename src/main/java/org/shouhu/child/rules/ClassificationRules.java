package org.shouhu.child.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule set that decides which categories a child holds (DOMAIN.md §1–2). National rules are the default;
 * a province's variant replaces them through configuration ({@code shouhu.rules.variant}).
 */
public interface ClassificationRules {

	/** The categories the facts give on the reference date, in {@link org.shouhu.child.Category} order. */
	List<CategoryAssignment> classify(ChildFacts facts, LocalDate referenceDate);
}
