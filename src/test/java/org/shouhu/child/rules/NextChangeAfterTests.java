package org.shouhu.child.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.child.SituationType.DECEASED;
import static org.shouhu.child.SituationType.IMPRISONED;
import static org.shouhu.child.SituationType.LOST_CONTACT;
import static org.shouhu.child.SituationType.OUT_MIGRANT;
import static org.shouhu.child.rules.Facts.REFERENCE_DATE;
import static org.shouhu.child.rules.Facts.child;
import static org.shouhu.child.rules.Facts.situation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.HukouType;

class NextChangeAfterTests {

	private final ClassificationRules rules = new NationalRules();

	private LocalDate next(Facts facts) {
		return rules.nextChangeAfter(facts.build(), REFERENCE_DATE);
	}

	@Test
	void childUnder16WithNothingDatedChangesNextOnTheSixteenthBirthday() {
		LocalDate born = LocalDate.of(2015, 9, 1);

		assertThat(next(child().born(born).father(OUT_MIGRANT).mother(OUT_MIGRANT))).isEqualTo(LocalDate.of(2031, 9, 1));
	}

	@Test
	void childOf16ChangesNextOnTheEighteenthBirthday() {
		assertThat(next(child().turning(16).assistance(FamilyAssistance.DIBAO))).isEqualTo(REFERENCE_DATE.plusYears(2));
	}

	@Test
	void sixteenthBirthdayTomorrowIsTheNextChange() {
		Facts facts = child().born(REFERENCE_DATE.minusYears(16).plusDays(1)).father(OUT_MIGRANT).mother(OUT_MIGRANT);

		assertThat(next(facts)).isEqualTo(REFERENCE_DATE.plusDays(1));
		assertThat(rules.classify(facts.build(), REFERENCE_DATE.plusDays(1))).isEmpty();
	}

	@Test
	void adultsAndChildrenWithoutBirthDateNeverChange() {
		assertThat(next(child().turning(18).father(DECEASED).mother(DECEASED))).isNull();
		assertThat(next(child().aged(30))).isNull();
		assertThat(next(child().born(null).father(situation(LOST_CONTACT, REFERENCE_DATE)))).isNull();
	}

	@Test
	void lostContactReachingSixMonthsIsTheNextChange() {
		LocalDate since = REFERENCE_DATE.minusMonths(2);
		Facts facts = child().aged(10).father(DECEASED).mother(situation(LOST_CONTACT, since));

		assertThat(next(facts)).isEqualTo(since.plusMonths(6));
	}

	@Test
	void detentionEndingIsTheNextChangeTheDayAfterUntil() {
		LocalDate until = REFERENCE_DATE.plusMonths(1);
		Facts facts = child().father(DECEASED).mother(situation(IMPRISONED, LocalDate.of(2024, 1, 1), until));

		assertThat(next(facts)).isEqualTo(until.plusDays(1));
	}

	@Test
	void situationStartingLaterIsTheNextChange() {
		LocalDate since = REFERENCE_DATE.plusDays(20);

		assertThat(next(child().father(situation(OUT_MIGRANT, since)).mother(OUT_MIGRANT))).isEqualTo(since);
	}

	@Test
	void datesAlreadyPastAreNotTheNextChange() {
		Facts facts = child().born(LocalDate.of(2015, 9, 1))
			.father(situation(OUT_MIGRANT, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)))
			.mother(situation(LOST_CONTACT, LocalDate.of(2019, 1, 1)));

		assertThat(next(facts)).isEqualTo(LocalDate.of(2031, 9, 1));
	}

	@Test
	void leapDayChildTurns18OnFirstOfMarchInCommonYears() {
		Facts facts = child().born(LocalDate.of(2008, 2, 29)).assistance(FamilyAssistance.DIBAO);

		assertThat(next(facts)).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void resultDoesNotChangeBeforeTheNextChangeDate() {
		List<Facts> cases = List.of(child().aged(15).father(OUT_MIGRANT).mother(OUT_MIGRANT),
				child().father(DECEASED).mother(situation(LOST_CONTACT, REFERENCE_DATE.minusMonths(5))),
				child().father(DECEASED)
					.mother(situation(IMPRISONED, REFERENCE_DATE.minusMonths(8), REFERENCE_DATE.plusDays(40))),
				child().hukou(HukouType.RURAL)
					.father(situation(OUT_MIGRANT, REFERENCE_DATE.plusDays(3), REFERENCE_DATE.plusDays(90)))
					.mother(OUT_MIGRANT));
		for (Facts facts : cases) {
			ChildFacts built = facts.build();
			LocalDate date = REFERENCE_DATE;
			for (int step = 0; step < 4 && date != null; step++) {
				LocalDate next = rules.nextChangeAfter(built, date);
				var before = rules.classify(built, date);
				for (LocalDate day = date.plusDays(1); next != null && day.isBefore(next); day = day.plusDays(1)) {
					assertThat(rules.classify(built, day)).as("%s on %s", built, day).isEqualTo(before);
				}
				date = next;
			}
		}
	}

	@Test
	void rulesThatCannotTellAreReevaluatedTomorrow() {
		ClassificationRules unknown = (facts, referenceDate) -> List.of();

		assertThat(unknown.nextChangeAfter(child().build(), REFERENCE_DATE)).isEqualTo(REFERENCE_DATE.plusDays(1));
	}
}
