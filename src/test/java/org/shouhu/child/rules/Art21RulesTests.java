package org.shouhu.child.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.SituationType;

/** 未保法 Art 21 on the file's facts: the age boundaries fall on the birthday, and what counts as 无人看护. */
class Art21RulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
	static final List<Situation> AWAY = List.of(new Situation(SituationType.OUT_MIGRANT, null, null));

	@Test
	void aChildLivingAloneIsWarnedUntilTheSixteenthBirthday() {
		LocalDate born = TODAY.minusYears(16);
		assertThat(Art21Rules.warnings(alone(born), TODAY.minusDays(1)))
			.containsExactly(Art21Warning.LIVING_ALONE_UNDER_16);
		assertThat(Art21Rules.warnings(alone(born), TODAY)).isEmpty();
	}

	@Test
	void aChildUnderEightWithoutCareIsWarnedUntilTheEighthBirthday() {
		LocalDate born = TODAY.minusYears(8);
		Art21Rules.Facts nobody = facts(born, HealthStatus.HEALTHY, false, GuardianshipGrade.FAIR, AWAY, AWAY, false);
		assertThat(Art21Rules.warnings(nobody, TODAY.minusDays(1))).containsExactly(Art21Warning.UNATTENDED_UNDER_8);
		assertThat(Art21Rules.warnings(nobody, TODAY)).isEmpty();
	}

	@Test
	void aSevenYearOldLivingAloneGetsBothParagraphs() {
		assertThat(Art21Rules.warnings(alone(TODAY.minusYears(7)), TODAY))
			.containsExactly(Art21Warning.LIVING_ALONE_UNDER_16, Art21Warning.UNATTENDED_UNDER_8);
	}

	@Test
	void theGradeNoGuardianshipIsWithoutCareEvenWithACaregiverNamed() {
		Art21Rules.Facts none = facts(TODAY.minusYears(5), HealthStatus.HEALTHY, false, GuardianshipGrade.NONE, AWAY,
				AWAY, true);
		assertThat(Art21Rules.warnings(none, TODAY)).containsExactly(Art21Warning.UNATTENDED_UNDER_8);
	}

	@Test
	void aParentAtHomeOrANamedCaregiverIsCare() {
		LocalDate born = TODAY.minusYears(5);
		assertThat(Art21Rules.warnings(facts(born, HealthStatus.HEALTHY, false, GuardianshipGrade.FAIR, AWAY, List.of(),
				false), TODAY)).isEmpty();
		assertThat(Art21Rules.warnings(facts(born, HealthStatus.HEALTHY, false, GuardianshipGrade.FAIR, AWAY, AWAY,
				true), TODAY)).isEmpty();
	}

	@Test
	void aParentWhoseSituationEndedIsAtHomeAgain() {
		List<Situation> returned = List.of(new Situation(SituationType.OUT_MIGRANT, null, TODAY.minusDays(1)));
		assertThat(Art21Rules.warnings(facts(TODAY.minusYears(5), HealthStatus.HEALTHY, false, GuardianshipGrade.FAIR,
				AWAY, returned, false), TODAY)).isEmpty();
		assertThat(Art21Rules.warnings(facts(TODAY.minusYears(5), HealthStatus.HEALTHY, false, GuardianshipGrade.FAIR,
				AWAY, returned, false), TODAY.minusDays(1))).containsExactly(Art21Warning.UNATTENDED_UNDER_8);
	}

	@Test
	void aDisabledChildOfEightOrMoreWithoutCareNeedsSpecialCareUntilEighteen() {
		LocalDate born = TODAY.minusYears(18);
		Art21Rules.Facts disabled = facts(born, HealthStatus.DISABLED, false, GuardianshipGrade.NONE, List.of(),
				List.of(), false);
		assertThat(Art21Rules.warnings(disabled, TODAY.minusDays(1)))
			.containsExactly(Art21Warning.UNATTENDED_SPECIAL_CARE);
		assertThat(Art21Rules.warnings(disabled, TODAY)).isEmpty();
		assertThat(Art21Rules.warnings(facts(born, HealthStatus.HEALTHY, false, GuardianshipGrade.NONE, List.of(),
				List.of(), false), TODAY.minusDays(1))).isEmpty();
	}

	@Test
	void aLeapDayChildTurnsSixteenOnTheLeapDaySixteenYearsLater() {
		LocalDate born = LocalDate.of(2008, 2, 29);
		assertThat(Art21Rules.warnings(alone(born), LocalDate.of(2024, 2, 28))).isNotEmpty();
		assertThat(Art21Rules.warnings(alone(born), LocalDate.of(2024, 2, 29))).isEmpty();
	}

	@Test
	void noBirthDateOrAFutureOneGivesNoWarning() {
		assertThat(Art21Rules.warnings(alone(null), TODAY)).isEmpty();
		assertThat(Art21Rules.warnings(alone(TODAY.plusDays(1)), TODAY)).isEmpty();
	}

	private static Art21Rules.Facts alone(LocalDate born) {
		return facts(born, HealthStatus.HEALTHY, true, GuardianshipGrade.FAIR, List.of(), List.of(), false);
	}

	private static Art21Rules.Facts facts(LocalDate born, HealthStatus health, boolean alone,
			GuardianshipGrade grade, List<Situation> father, List<Situation> mother, boolean caregiver) {
		return new Art21Rules.Facts(born, health, alone, grade, father, mother, caregiver);
	}
}
