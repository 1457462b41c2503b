package org.shouhu.child.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.child.Category.DE_FACTO_UNSUPPORTED;
import static org.shouhu.child.Category.DISABILITY_DIFFICULTY;
import static org.shouhu.child.Category.GUARDIANSHIP_DIFFICULTY;
import static org.shouhu.child.Category.LEFT_BEHIND;
import static org.shouhu.child.Category.ORPHAN;
import static org.shouhu.child.Category.POVERTY_DIFFICULTY;
import static org.shouhu.child.SituationType.COMPULSORY_DETOX;
import static org.shouhu.child.SituationType.DECEASED;
import static org.shouhu.child.SituationType.DECLARED_DEAD;
import static org.shouhu.child.SituationType.DECLARED_MISSING;
import static org.shouhu.child.SituationType.DEPORTED;
import static org.shouhu.child.SituationType.GUARDIANSHIP_REVOKED;
import static org.shouhu.child.SituationType.IMPRISONED;
import static org.shouhu.child.SituationType.LOST_CONTACT;
import static org.shouhu.child.SituationType.OTHER_DETENTION;
import static org.shouhu.child.SituationType.OUT_MIGRANT;
import static org.shouhu.child.SituationType.SERIOUS_ILLNESS;
import static org.shouhu.child.SituationType.SEVERE_DISABILITY;
import static org.shouhu.child.rules.Facts.REFERENCE_DATE;
import static org.shouhu.child.rules.Facts.child;
import static org.shouhu.child.rules.Facts.situation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouhu.child.Category;
import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SituationType;

class NationalRulesTests {

	private final ClassificationRules rules = new NationalRules();

	private List<Category> categories(Facts facts) {
		return categories(facts, REFERENCE_DATE);
	}

	private List<Category> categories(Facts facts, LocalDate referenceDate) {
		return rules.classify(facts.build(), referenceDate).stream().map(CategoryAssignment::category).toList();
	}

	private String basis(Facts facts, Category category) {
		return rules.classify(facts.build(), REFERENCE_DATE)
			.stream()
			.filter(assignment -> assignment.category() == category)
			.map(CategoryAssignment::basis)
			.findFirst()
			.orElseThrow(() -> new AssertionError(category + " not assigned"));
	}

	@Nested
	class LeftBehind {

		@Test
		void ruralChildUnder16WithBothParentsOutMigrantIsLeftBehind() {
			Facts facts = child().aged(10).father(OUT_MIGRANT).mother(OUT_MIGRANT);

			assertThat(categories(facts)).containsExactly(LEFT_BEHIND);
			assertThat(basis(facts, LEFT_BEHIND)).isEqualTo("父母均外出务工，未满16周岁且为农村户籍，符合国发〔2016〕13号农村留守儿童认定条件");
		}

		@Test
		void endsOnTheSixteenthBirthday() {
			assertThat(categories(child().turning(16).father(OUT_MIGRANT).mother(OUT_MIGRANT))).isEmpty();
		}

		@Test
		void holdsOnTheDayBeforeTheSixteenthBirthday() {
			Facts facts = child().born(REFERENCE_DATE.minusYears(16).plusDays(1)).father(OUT_MIGRANT).mother(OUT_MIGRANT);

			assertThat(categories(facts)).containsExactly(LEFT_BEHIND);
		}

		@Test
		void urbanHukouIsNotLeftBehind() {
			assertThat(categories(child().urban().father(OUT_MIGRANT).mother(OUT_MIGRANT))).isEmpty();
		}

		@Test
		void unknownHukouTypeIsNotLeftBehind() {
			assertThat(categories(child().hukou(null).father(OUT_MIGRANT).mother(OUT_MIGRANT))).isEmpty();
		}

		@Test
		void oneParentOutMigrantAndTheOtherAtHomeIsNotLeftBehind() {
			assertThat(categories(child().father(OUT_MIGRANT))).isEmpty();
			assertThat(categories(child().mother(OUT_MIGRANT))).isEmpty();
		}

		@Test
		void seriouslyIllOutMigrantParentWithTheOtherAtHomeIsNotLeftBehind() {
			assertThat(categories(child().father(OUT_MIGRANT, SERIOUS_ILLNESS))).isEmpty();
		}

		@Test
		void otherParentSeriouslyIllMakesLeftBehind() {
			Facts facts = child().father(OUT_MIGRANT).mother(SERIOUS_ILLNESS);

			assertThat(categories(facts)).containsExactly(LEFT_BEHIND);
			assertThat(basis(facts, LEFT_BEHIND))
				.isEqualTo("父亲外出务工、母亲重病（无监护能力），未满16周岁且为农村户籍，符合国发〔2016〕13号农村留守儿童认定条件");
		}

		@Test
		void parentWithSeveralSituationsIncludingOutMigrantCountsAsOutMigrant() {
			Facts facts = child().father(OUT_MIGRANT).mother(OUT_MIGRANT, SERIOUS_ILLNESS);

			assertThat(categories(facts)).containsExactly(LEFT_BEHIND);
			assertThat(basis(facts, LEFT_BEHIND)).startsWith("父母均外出务工，");
		}

		@Test
		void outMigrantMotherAndDeceasedFatherIsLeftBehindButNotDeFactoUnsupported() {
			Facts facts = child().father(DECEASED).mother(OUT_MIGRANT);

			assertThat(categories(facts)).containsExactly(LEFT_BEHIND);
			assertThat(basis(facts, LEFT_BEHIND))
				.isEqualTo("父亲死亡、母亲外出务工，未满16周岁且为农村户籍，符合国发〔2016〕13号农村留守儿童认定条件");
		}

		@Test
		void otherParentWhoCannotGuardNeedsNoSixMonthsCondition() {
			Facts lostContactOneMonth = child().father(OUT_MIGRANT)
				.mother(situation(LOST_CONTACT, REFERENCE_DATE.minusMonths(1)));
			Facts detainedTwoMonths = child().father(OUT_MIGRANT)
				.mother(situation(OTHER_DETENTION, REFERENCE_DATE.minusMonths(1), REFERENCE_DATE.plusMonths(1)));

			assertThat(categories(lostContactOneMonth)).containsExactly(LEFT_BEHIND);
			assertThat(basis(lostContactOneMonth, LEFT_BEHIND)).startsWith("父亲外出务工、母亲失联（无监护能力），");
			assertThat(categories(detainedTwoMonths)).containsExactly(LEFT_BEHIND);
			assertThat(basis(detainedTwoMonths, LEFT_BEHIND))
				.startsWith("父亲外出务工、母亲被执行其他限制人身自由的措施（无监护能力），");
		}

		@Test
		void otherParentWithSeveralIncapacitiesNamesThemAll() {
			Facts facts = child().mother(OUT_MIGRANT).father(SEVERE_DISABILITY, SERIOUS_ILLNESS);

			assertThat(basis(facts, LEFT_BEHIND)).startsWith("父亲重残且重病（无监护能力）、母亲外出务工，");
		}

		@Test
		void outMigrationThatEndedBeforeTheReferenceDateNoLongerCounts() {
			Facts returned = child().father(situation(OUT_MIGRANT, LocalDate.of(2023, 1, 1), REFERENCE_DATE.minusDays(1)))
				.mother(OUT_MIGRANT);

			assertThat(categories(returned)).isEmpty();
		}

		@Test
		void outMigrationEndingOnTheReferenceDateStillCounts() {
			Facts facts = child().father(situation(OUT_MIGRANT, LocalDate.of(2023, 1, 1), REFERENCE_DATE))
				.mother(OUT_MIGRANT);

			assertThat(categories(facts)).containsExactly(LEFT_BEHIND);
		}

		@Test
		void outMigrationStartingAfterTheReferenceDateDoesNotCountYet() {
			Facts facts = child().father(situation(OUT_MIGRANT, REFERENCE_DATE.plusDays(1))).mother(OUT_MIGRANT);

			assertThat(categories(facts)).isEmpty();
			assertThat(categories(facts, REFERENCE_DATE.plusDays(1))).containsExactly(LEFT_BEHIND);
		}

		@Test
		void leapDayChildTurns16OnTheLeapDay() {
			Facts facts = child().born(LocalDate.of(2008, 2, 29)).father(OUT_MIGRANT).mother(OUT_MIGRANT);

			assertThat(categories(facts, LocalDate.of(2024, 2, 28))).containsExactly(LEFT_BEHIND);
			assertThat(categories(facts, LocalDate.of(2024, 2, 29))).isEmpty();
		}
	}

	@Nested
	class Orphan {

		@Test
		void bothParentsDeceasedIsOrphanInGuardianshipDifficultyAndNotDeFactoUnsupported() {
			Facts facts = child().aged(12).father(DECEASED).mother(DECEASED);

			assertThat(categories(facts)).containsExactly(ORPHAN, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, ORPHAN)).isEqualTo("父母均死亡，符合民政部孤儿认定条件");
			assertThat(basis(facts, GUARDIANSHIP_DIFFICULTY))
				.isEqualTo("儿童属孤儿，符合国发〔2016〕36号困境儿童（监护缺失或不当）认定条件");
		}

		@Test
		void declaredDeadAndDeclaredMissingParentsAreGone() {
			Facts facts = child().father(DECLARED_DEAD).mother(DECLARED_MISSING);

			assertThat(categories(facts)).containsExactly(ORPHAN, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, ORPHAN)).isEqualTo("父亲被宣告死亡、母亲被宣告失踪，符合民政部孤儿认定条件");
		}

		@Test
		void urbanChildCanBeOrphan() {
			assertThat(categories(child().urban().father(DECEASED).mother(DECEASED))).contains(ORPHAN);
		}

		@Test
		void oneParentDeceasedAndTheOtherAtHomeIsNoCategory() {
			assertThat(categories(child().father(DECEASED))).isEmpty();
		}

		@Test
		void endsOnTheEighteenthBirthday() {
			assertThat(categories(child().turning(18).father(DECEASED).mother(DECEASED))).isEmpty();
		}

		@Test
		void holdsOnTheDayBeforeTheEighteenthBirthday() {
			Facts facts = child().born(REFERENCE_DATE.minusYears(18).plusDays(1)).father(DECEASED).mother(DECEASED);

			assertThat(categories(facts)).containsExactly(ORPHAN, GUARDIANSHIP_DIFFICULTY);
		}

		@Test
		void seventeenYearOldRuralOrphanIsNotLeftBehind() {
			assertThat(categories(child().aged(17).father(DECEASED).mother(DECEASED))).doesNotContain(LEFT_BEHIND);
		}
	}

	@Nested
	class DeFactoUnsupported {

		@Test
		void imprisonedFatherAndMotherLostForSixMonths() {
			Facts facts = child().father(situation(IMPRISONED, LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1)))
				.mother(situation(LOST_CONTACT, REFERENCE_DATE.minusMonths(6)));

			assertThat(categories(facts)).containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, DE_FACTO_UNSUPPORTED)).isEqualTo("父亲服刑在押、母亲失联满6个月，符合民发〔2019〕62号事实无人抚养儿童认定条件");
			assertThat(basis(facts, GUARDIANSHIP_DIFFICULTY))
				.isEqualTo("儿童属事实无人抚养儿童，符合国发〔2016〕36号困境儿童（监护缺失或不当）认定条件");
		}

		@Test
		void lostContactCountsAtExactlySixMonths() {
			Facts facts = child().father(DECEASED).mother(situation(LOST_CONTACT, REFERENCE_DATE.minusMonths(6)));

			assertThat(categories(facts)).containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, DE_FACTO_UNSUPPORTED)).isEqualTo("父亲死亡、母亲失联满6个月，符合民发〔2019〕62号事实无人抚养儿童认定条件");
		}

		@Test
		void lostContactOneDayShortOfSixMonthsDoesNotCountYet() {
			Facts facts = child().father(DECEASED)
				.mother(situation(LOST_CONTACT, REFERENCE_DATE.minusMonths(6).plusDays(1)));

			assertThat(categories(facts)).isEmpty();
			assertThat(categories(facts, REFERENCE_DATE.plusDays(1))).contains(DE_FACTO_UNSUPPORTED);
		}

		@Test
		void lostContactWithoutSinceDateDoesNotCount() {
			assertThat(categories(child().father(DECEASED).mother(LOST_CONTACT))).isEmpty();
		}

		@Test
		void lostContactThatEndedNoLongerCounts() {
			Facts facts = child().father(DECEASED)
				.mother(situation(LOST_CONTACT, LocalDate.of(2023, 1, 1), REFERENCE_DATE.minusDays(1)));

			assertThat(categories(facts)).isEmpty();
		}

		@Test
		void oneParentGoneAndTheOtherImprisonedForSixMonthsOrMore() {
			Facts facts = child().father(DECEASED)
				.mother(situation(IMPRISONED, LocalDate.of(2025, 1, 10), LocalDate.of(2027, 1, 10)));

			assertThat(categories(facts)).containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, DE_FACTO_UNSUPPORTED)).isEqualTo("父亲死亡、母亲服刑在押，符合民发〔2019〕62号事实无人抚养儿童认定条件");
		}

		@Test
		void detentionTermOfExactlySixMonthsCounts() {
			LocalDate since = REFERENCE_DATE.minusMonths(2);
			Facts facts = child().mother(DECEASED).father(situation(IMPRISONED, since, since.plusMonths(6)));

			assertThat(categories(facts)).containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, DE_FACTO_UNSUPPORTED)).startsWith("父亲服刑在押、母亲死亡，");
		}

		@ParameterizedTest
		@EnumSource(names = { "IMPRISONED", "COMPULSORY_DETOX", "OTHER_DETENTION" })
		void detentionTermUnderSixMonthsDoesNotCount(SituationType detention) {
			LocalDate since = REFERENCE_DATE.minusMonths(2);
			Facts facts = child().mother(DECEASED).father(situation(detention, since, since.plusMonths(6).minusDays(1)));

			assertThat(categories(facts)).isEmpty();
		}

		@ParameterizedTest
		@EnumSource(names = { "IMPRISONED", "COMPULSORY_DETOX", "OTHER_DETENTION" })
		void detentionStopsCountingAfterUntil(SituationType detention) {
			Facts facts = child().mother(DECEASED)
				.father(situation(detention, LocalDate.of(2023, 1, 1), REFERENCE_DATE.minusDays(1)));

			assertThat(categories(facts)).isEmpty();
		}

		@Test
		void detentionEndingOnTheReferenceDateStillCounts() {
			Facts facts = child().mother(DECEASED)
				.father(situation(COMPULSORY_DETOX, LocalDate.of(2023, 1, 1), REFERENCE_DATE));

			assertThat(categories(facts)).containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, DE_FACTO_UNSUPPORTED)).startsWith("父亲强制隔离戒毒、母亲死亡，");
		}

		@Test
		void detentionWithoutUntilCounts() {
			Facts sinceOnly = child().mother(DECEASED).father(situation(IMPRISONED, REFERENCE_DATE.minusDays(10)));
			Facts noDates = child().mother(DECEASED).father(IMPRISONED);
			Facts untilOnly = child().mother(DECEASED).father(situation(IMPRISONED, null, REFERENCE_DATE.plusDays(10)));

			assertThat(categories(sinceOnly)).contains(DE_FACTO_UNSUPPORTED);
			assertThat(categories(noDates)).contains(DE_FACTO_UNSUPPORTED);
			assertThat(categories(untilOnly)).contains(DE_FACTO_UNSUPPORTED);
		}

		@Test
		void detentionStartingAfterTheReferenceDateDoesNotCountYet() {
			Facts facts = child().mother(DECEASED).father(situation(IMPRISONED, REFERENCE_DATE.plusDays(1)));

			assertThat(categories(facts)).isEmpty();
		}

		@Test
		void bothParentsInSetS() {
			Facts facts = child().father(SERIOUS_ILLNESS).mother(SERIOUS_ILLNESS);

			assertThat(categories(facts)).containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, DE_FACTO_UNSUPPORTED)).isEqualTo("父母均重病，符合民发〔2019〕62号事实无人抚养儿童认定条件");
		}

		@Test
		void parentWithSeveralSituationsOfSetSNamesThemAll() {
			Facts facts = child().father(SEVERE_DISABILITY, SERIOUS_ILLNESS).mother(DECLARED_MISSING);

			assertThat(basis(facts, DE_FACTO_UNSUPPORTED))
				.isEqualTo("父亲重残且重病、母亲被宣告失踪，符合民发〔2019〕62号事实无人抚养儿童认定条件");
		}

		@Test
		void outMigrantAndSeriouslyIllFatherWithDeceasedMotherIsLeftBehindAndDeFactoUnsupported() {
			Facts facts = child().father(OUT_MIGRANT, SERIOUS_ILLNESS).mother(DECEASED);

			assertThat(categories(facts)).containsExactly(LEFT_BEHIND, DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, LEFT_BEHIND)).startsWith("父亲外出务工、母亲死亡，");
			assertThat(basis(facts, DE_FACTO_UNSUPPORTED)).startsWith("父亲重病、母亲死亡，");
		}

		@Test
		void oneParentInSetSAndTheOtherAtHomeIsNoCategory() {
			assertThat(categories(child().father(SERIOUS_ILLNESS))).isEmpty();
		}

		@Test
		void outMigrantIsNotInSetS() {
			assertThat(categories(child().urban().father(OUT_MIGRANT).mother(DECEASED))).isEmpty();
		}

		@ParameterizedTest
		@EnumSource(names = { "GUARDIANSHIP_REVOKED", "DEPORTED" })
		void lastTwoMembersOfSetSCountNationally(SituationType situation) {
			Facts facts = child().father(DECEASED).mother(situation);

			assertThat(categories(facts)).containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
		}

		@Test
		void deportedAndRevokedReadNaturally() {
			assertThat(basis(child().father(DEPORTED).mother(GUARDIANSHIP_REVOKED), DE_FACTO_UNSUPPORTED))
				.isEqualTo("父亲被遣送（驱逐）出境、母亲被撤销监护资格，符合民发〔2019〕62号事实无人抚养儿童认定条件");
		}

		@Test
		void endsOnTheEighteenthBirthday() {
			assertThat(categories(child().turning(18).father(DECEASED).mother(SERIOUS_ILLNESS))).isEmpty();
			assertThat(categories(child().turning(17).father(DECEASED).mother(SERIOUS_ILLNESS)))
				.containsExactly(DE_FACTO_UNSUPPORTED, GUARDIANSHIP_DIFFICULTY);
		}
	}

	@Nested
	class Difficulty {

		@Test
		void familyOnDibaoIsInPovertyDifficulty() {
			Facts facts = child().assistance(FamilyAssistance.DIBAO);

			assertThat(categories(facts)).containsExactly(POVERTY_DIFFICULTY);
			assertThat(basis(facts, POVERTY_DIFFICULTY)).isEqualTo("家庭享受最低生活保障，符合国发〔2016〕36号困境儿童（家庭贫困）认定条件");
		}

		@Test
		void familyOnTekunIsInPovertyDifficulty() {
			Facts facts = child().assistance(FamilyAssistance.TEKUN);

			assertThat(basis(facts, POVERTY_DIFFICULTY)).isEqualTo("家庭享受特困人员救助供养，符合国发〔2016〕36号困境儿童（家庭贫困）认定条件");
		}

		@Test
		void otherAssistanceIsNotPovertyDifficulty() {
			assertThat(categories(child().assistance(FamilyAssistance.TEMPORARY_ASSISTANCE,
					FamilyAssistance.MEDICAL_ASSISTANCE, FamilyAssistance.HOUSING_ASSISTANCE, FamilyAssistance.OTHER)))
				.isEmpty();
		}

		@Test
		void povertyDifficultyHoldsForUrban17YearOldsAndEndsAt18() {
			assertThat(categories(child().urban().aged(17).assistance(FamilyAssistance.DIBAO)))
				.containsExactly(POVERTY_DIFFICULTY);
			assertThat(categories(child().urban().turning(18).assistance(FamilyAssistance.DIBAO))).isEmpty();
		}

		@Test
		void disabledChildIsInDisabilityDifficulty() {
			Facts facts = child().health(HealthStatus.DISABLED);

			assertThat(categories(facts)).containsExactly(DISABILITY_DIFFICULTY);
			assertThat(basis(facts, DISABILITY_DIFFICULTY)).isEqualTo("儿童本人残疾，符合国发〔2016〕36号困境儿童（自身残疾）认定条件");
		}

		@Test
		void seriouslyIllChildIsNotInDisabilityDifficulty() {
			assertThat(categories(child().health(HealthStatus.SERIOUSLY_ILL))).isEmpty();
		}

		@Test
		void childWithoutGuardianIsInGuardianshipDifficulty() {
			Facts facts = child().guardianship(GuardianshipGrade.NONE);

			assertThat(categories(facts)).containsExactly(GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, GUARDIANSHIP_DIFFICULTY))
				.isEqualTo("儿童无人监护，符合国发〔2016〕36号困境儿童（监护缺失或不当）认定条件");
		}

		@Test
		void confirmedHarmByGuardianIsGuardianshipDifficulty() {
			Facts facts = child().harmByGuardianConfirmed();

			assertThat(categories(facts)).containsExactly(GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, GUARDIANSHIP_DIFFICULTY))
				.isEqualTo("儿童经强制报告查实遭受监护人侵害，符合国发〔2016〕36号困境儿童（监护缺失或不当）认定条件");
		}

		@Test
		void otherGuardianshipGradesAreNotGuardianshipDifficulty() {
			for (GuardianshipGrade grade : List.of(GuardianshipGrade.PARENT_INCAPABLE,
					GuardianshipGrade.CAREGIVER_INCAPABLE, GuardianshipGrade.FAIR, GuardianshipGrade.GOOD)) {
				assertThat(categories(child().guardianship(grade))).as(grade.name()).isEmpty();
			}
		}

		@Test
		void guardianshipBasisNamesEveryReason() {
			Facts facts = child().father(DECEASED)
				.mother(DECEASED)
				.guardianship(GuardianshipGrade.NONE)
				.harmByGuardianConfirmed();

			assertThat(basis(facts, GUARDIANSHIP_DIFFICULTY)).isEqualTo(
					"儿童属孤儿、无人监护、经强制报告查实遭受监护人侵害，符合国发〔2016〕36号困境儿童（监护缺失或不当）认定条件");
		}
	}

	@Nested
	class Overall {

		@Test
		void childAtHomeWithNothingSpecialHoldsNoCategory() {
			assertThat(categories(child())).isEmpty();
		}

		@Test
		void categoriesComeInCategoryOrder() {
			Facts facts = child().father(OUT_MIGRANT, SERIOUS_ILLNESS)
				.mother(DECEASED)
				.assistance(FamilyAssistance.TEKUN, FamilyAssistance.DIBAO)
				.health(HealthStatus.DISABLED)
				.guardianship(GuardianshipGrade.NONE);

			assertThat(categories(facts)).containsExactly(LEFT_BEHIND, DE_FACTO_UNSUPPORTED, POVERTY_DIFFICULTY,
					DISABILITY_DIFFICULTY, GUARDIANSHIP_DIFFICULTY);
			assertThat(basis(facts, POVERTY_DIFFICULTY)).startsWith("家庭享受最低生活保障和特困人员救助供养，");
		}

		@Test
		void orphanComesBeforeTheDifficulties() {
			Facts facts = child().father(DECEASED).mother(DECEASED).assistance(FamilyAssistance.TEKUN);

			assertThat(categories(facts)).containsExactly(ORPHAN, POVERTY_DIFFICULTY, GUARDIANSHIP_DIFFICULTY);
		}

		@Test
		void childWithoutBirthDateHoldsNoCategory() {
			Facts facts = child().born(null)
				.father(DECEASED)
				.mother(DECEASED)
				.assistance(FamilyAssistance.DIBAO)
				.health(HealthStatus.DISABLED);

			assertThat(categories(facts)).isEmpty();
		}

		@Test
		void childBornAfterTheReferenceDateHoldsNoCategory() {
			assertThat(categories(child().born(REFERENCE_DATE.plusDays(1)).assistance(FamilyAssistance.DIBAO))).isEmpty();
		}

		@Test
		void leapDayChildTurns18OnFirstOfMarchInCommonYears() {
			Facts facts = child().born(LocalDate.of(2008, 2, 29)).assistance(FamilyAssistance.DIBAO);

			assertThat(categories(facts, LocalDate.of(2026, 2, 28))).containsExactly(POVERTY_DIFFICULTY);
			assertThat(categories(facts, LocalDate.of(2026, 3, 1))).isEmpty();
		}

		@Test
		void situationsWithoutTypeAreIgnored() {
			Facts facts = child().father(new Situation(null, null, null)).mother(OUT_MIGRANT);

			assertThat(categories(facts)).isEmpty();
		}

		@Test
		void unknownHealthAndGuardianshipGiveNoDifficulty() {
			assertThat(categories(child().health(null).guardianship(null))).isEmpty();
		}

		@Test
		void everyBasisIsOneSentenceCitingItsSource() {
			Facts facts = child().father(OUT_MIGRANT, SERIOUS_ILLNESS)
				.mother(DECEASED)
				.assistance(FamilyAssistance.DIBAO)
				.health(HealthStatus.DISABLED)
				.hukou(HukouType.RURAL);

			assertThat(rules.classify(facts.build(), REFERENCE_DATE)).allSatisfy(assignment -> {
				assertThat(assignment.basis()).endsWith("认定条件").doesNotContain("。").doesNotContain("null");
				assertThat(assignment.basis()).containsAnyOf("国发〔2016〕13号", "民政部孤儿认定", "民发〔2019〕62号",
						"国发〔2016〕36号");
			});
		}

		@Test
		void deceasedMotherWithDeFactoCheckUsesSetSOnlyForTheOtherParent() {
			Facts facts = child().father(situation(OTHER_DETENTION, REFERENCE_DATE.minusMonths(7), REFERENCE_DATE.plusMonths(1)))
				.mother(DECEASED);

			assertThat(basis(facts, DE_FACTO_UNSUPPORTED)).startsWith("父亲被执行其他限制人身自由的措施、母亲死亡，");
		}
	}
}
