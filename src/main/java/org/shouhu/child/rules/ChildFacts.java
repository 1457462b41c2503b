package org.shouhu.child.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;

/**
 * What the classification rules look at. Parents' situations are empty when the parent lives at home and can guard.
 *
 * @param harmByGuardianConfirmed a concluded mandatory report confirmed harm by the guardian
 * @param harmByGuardianBasis     the phrase naming that report (e.g. 经强制报告（2026-12-01，疑似遭受家庭暴力、欺凌、虐待）查实遭受监护人侵害), or
 *                                null for the general phrase
 */
public record ChildFacts(LocalDate birthDate, HukouType hukouType, HealthStatus health, List<Situation> father,
		List<Situation> mother, Set<FamilyAssistance> familyAssistance, GuardianshipGrade guardianship,
		boolean harmByGuardianConfirmed, String harmByGuardianBasis) {

	public ChildFacts(LocalDate birthDate, HukouType hukouType, HealthStatus health, List<Situation> father,
			List<Situation> mother, Set<FamilyAssistance> familyAssistance, GuardianshipGrade guardianship,
			boolean harmByGuardianConfirmed) {
		this(birthDate, hukouType, health, father, mother, familyAssistance, guardianship, harmByGuardianConfirmed,
				null);
	}

	public ChildFacts {
		father = father == null ? List.of() : List.copyOf(father);
		mother = mother == null ? List.of() : List.copyOf(mother);
		familyAssistance = familyAssistance == null ? Set.of() : Set.copyOf(familyAssistance);
	}
}
