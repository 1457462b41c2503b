package org.shouhu.child;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.shouhu.child.rules.CategoryAssignment;
import org.shouhu.child.rules.ChildFacts;
import org.shouhu.child.rules.ClassificationRules;
import org.shouhu.child.rules.Situation;
import org.springframework.stereotype.Component;

/** TEMPORARY stand-in until the real rules are merged: left-behind and orphan only. Delete after merging. */
@Component
class TemporaryClassificationRules implements ClassificationRules {

	@Override
	public List<CategoryAssignment> classify(ChildFacts facts, LocalDate referenceDate) {
		int age = Period.between(facts.birthDate(), referenceDate).getYears();
		List<CategoryAssignment> result = new ArrayList<>();
		if (age < 16 && facts.hukouType() == HukouType.RURAL && has(facts.father(), SituationType.OUT_MIGRANT)
				&& has(facts.mother(), SituationType.OUT_MIGRANT)) {
			result.add(new CategoryAssignment(Category.LEFT_BEHIND, "父母均外出务工，符合国发〔2016〕13号农村留守儿童认定条件"));
		}
		if (age < 18 && has(facts.father(), SituationType.DECEASED) && has(facts.mother(), SituationType.DECEASED)) {
			result.add(new CategoryAssignment(Category.ORPHAN, "父母均已死亡，符合孤儿认定条件"));
		}
		return result;
	}

	private static boolean has(List<Situation> situations, SituationType type) {
		return situations.stream().anyMatch(s -> s.type() == type);
	}
}
