package org.shouhu.child.rules;

import org.shouhu.child.Category;

/** A category a child holds, with the one-sentence Chinese basis naming the facts and the rule. */
public record CategoryAssignment(Category category, String basis) {
}
