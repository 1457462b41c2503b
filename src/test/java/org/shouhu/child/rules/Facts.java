package org.shouhu.child.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SituationType;

/**
 * Test fixtures for {@link ChildFacts}: by default a healthy 10-year-old with rural hukou, good guardianship and both
 * parents at home on {@link #REFERENCE_DATE}.
 */
final class Facts {

	static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 6, 15);

	private LocalDate birthDate = REFERENCE_DATE.minusYears(10);

	private HukouType hukouType = HukouType.RURAL;

	private HealthStatus health = HealthStatus.HEALTHY;

	private final List<Situation> father = new ArrayList<>();

	private final List<Situation> mother = new ArrayList<>();

	private final Set<FamilyAssistance> assistance = EnumSet.noneOf(FamilyAssistance.class);

	private GuardianshipGrade guardianship = GuardianshipGrade.GOOD;

	private boolean harmConfirmed;

	private Facts() {
	}

	static Facts child() {
		return new Facts();
	}

	/** A situation without dates. */
	static Situation situation(SituationType type) {
		return new Situation(type, null, null);
	}

	/** A situation in force since the given date. */
	static Situation situation(SituationType type, LocalDate since) {
		return new Situation(type, since, null);
	}

	static Situation situation(SituationType type, LocalDate since, LocalDate until) {
		return new Situation(type, since, until);
	}

	Facts born(LocalDate date) {
		this.birthDate = date;
		return this;
	}

	/** Born so that the given birthday falls on the reference date. */
	Facts turning(int years) {
		return born(REFERENCE_DATE.minusYears(years));
	}

	Facts aged(int years) {
		return born(REFERENCE_DATE.minusYears(years).minusMonths(3));
	}

	Facts urban() {
		this.hukouType = HukouType.URBAN;
		return this;
	}

	Facts hukou(HukouType type) {
		this.hukouType = type;
		return this;
	}

	Facts health(HealthStatus status) {
		this.health = status;
		return this;
	}

	Facts father(Situation... situations) {
		this.father.addAll(List.of(situations));
		return this;
	}

	Facts mother(Situation... situations) {
		this.mother.addAll(List.of(situations));
		return this;
	}

	Facts father(SituationType... types) {
		for (SituationType type : types) {
			this.father.add(situation(type));
		}
		return this;
	}

	Facts mother(SituationType... types) {
		for (SituationType type : types) {
			this.mother.add(situation(type));
		}
		return this;
	}

	Facts assistance(FamilyAssistance... kinds) {
		this.assistance.addAll(List.of(kinds));
		return this;
	}

	Facts guardianship(GuardianshipGrade grade) {
		this.guardianship = grade;
		return this;
	}

	Facts harmByGuardianConfirmed() {
		this.harmConfirmed = true;
		return this;
	}

	ChildFacts build() {
		return new ChildFacts(birthDate, hukouType, health, father, mother, assistance, guardianship, harmConfirmed);
	}
}
