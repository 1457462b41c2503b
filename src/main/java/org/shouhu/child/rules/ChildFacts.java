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
 */
public record ChildFacts(LocalDate birthDate, HukouType hukouType, HealthStatus health, List<Situation> father,
		List<Situation> mother, Set<FamilyAssistance> familyAssistance, GuardianshipGrade guardianship,
		boolean harmByGuardianConfirmed) {

	public ChildFacts {
		father = father == null ? List.of() : List.copyOf(father);
		mother = mother == null ? List.of() : List.copyOf(mother);
		familyAssistance = familyAssistance == null ? Set.of() : Set.copyOf(familyAssistance);
	}
}
