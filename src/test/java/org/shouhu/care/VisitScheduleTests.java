package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.testing.CareFixtures.as;
import static org.shouhu.testing.CareFixtures.normal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.SituationType;
import org.shouhu.region.Regions;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Cadence arithmetic and close attention, as the schedule of a file shows them. */
@IntegrationTest
class VisitScheduleTests {

	@Autowired
	CareFixtures care;

	@Autowired
	ChildManagement children;

	@Autowired
	ApplicationEventPublisher events;

	final LocalDate today = Children.today();

	@Test
	void withNoVisitYetBothAreCountedFromTheDayTheFileWasRegistered() {
		long child = care.child(TestVillages.B);
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.lastContactOn()).isNull();
		assertThat(schedule.lastHomeVisitOn()).isNull();
		assertThat(schedule.contactDays()).isEqualTo(7);
		assertThat(schedule.homeVisitDays()).isEqualTo(30);
		assertThat(schedule.contactDueOn()).isEqualTo(today.plusDays(7));
		assertThat(schedule.homeVisitDueOn()).isEqualTo(today.plusDays(30));
		assertThat(schedule.contactOverdue()).isFalse();
		assertThat(schedule.homeVisitOverdue()).isFalse();
		assertThat(schedule.closeAttention()).isFalse();
		assertThat(schedule.reasons()).isEmpty();
	}

	@Test
	void aContactIsDueSevenDaysAfterTheLatestContactAndDueTodayIsNotOverdue() {
		long child = care.child(TestVillages.B);
		care.visit(child, normal(VisitType.CONTACT, today.minusDays(7)));
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.lastContactOn()).isEqualTo(today.minusDays(7));
		assertThat(schedule.contactDueOn()).isEqualTo(today);
		assertThat(schedule.contactOverdue()).isFalse();
	}

	@Test
	void aContactIsOverdueTheDayAfterItWasDue() {
		long child = care.child(TestVillages.B);
		care.visit(child, normal(VisitType.CONTACT, today.minusDays(8)));
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.contactDueOn()).isEqualTo(today.minusDays(1));
		assertThat(schedule.contactOverdue()).isTrue();
		assertThat(schedule.homeVisitOverdue()).as("a contact is no home visit: still counted from registration")
				.isFalse();
		assertThat(schedule.homeVisitDueOn()).isEqualTo(today.plusDays(30));
	}

	@Test
	void aHomeVisitIsDueThirtyDaysAfterTheLatestHomeVisitAndOverdueTheDayAfter() {
		long dueToday = care.child(TestVillages.B);
		care.visit(dueToday, normal(VisitType.HOME_VISIT, today.minusDays(30)));
		assertThat(care.schedule(dueToday).homeVisitDueOn()).isEqualTo(today);
		assertThat(care.schedule(dueToday).homeVisitOverdue()).isFalse();

		long overdue = care.child(TestVillages.B);
		care.visit(overdue, normal(VisitType.HOME_VISIT, today.minusDays(31)));
		assertThat(care.schedule(overdue).homeVisitDueOn()).isEqualTo(today.minusDays(1));
		assertThat(care.schedule(overdue).homeVisitOverdue()).isTrue();
	}

	@Test
	void aHomeVisitAlsoCountsAsAContact() {
		long child = care.child(TestVillages.B);
		care.visit(child, normal(VisitType.CONTACT, today.minusDays(5)));
		care.visit(child, normal(VisitType.HOME_VISIT, today.minusDays(3)));
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.lastContactOn()).isEqualTo(today.minusDays(3));
		assertThat(schedule.lastHomeVisitOn()).isEqualTo(today.minusDays(3));
		assertThat(schedule.contactDueOn()).isEqualTo(today.plusDays(4));
		assertThat(schedule.homeVisitDueOn()).isEqualTo(today.plusDays(27));
	}

	@Test
	void aBackfilledOlderVisitDoesNotMoveTheDatesBack() {
		long child = care.child(TestVillages.B);
		care.visit(child, normal(VisitType.HOME_VISIT, today.minusDays(2)));
		care.visit(child, normal(VisitType.HOME_VISIT, today.minusDays(20)));
		care.visit(child, normal(VisitType.CONTACT, today.minusDays(10)));
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.lastContactOn()).isEqualTo(today.minusDays(2));
		assertThat(schedule.lastHomeVisitOn()).isEqualTo(today.minusDays(2));
		assertThat(schedule.contactDueOn()).isEqualTo(today.plusDays(5));
		assertThat(schedule.homeVisitDueOn()).isEqualTo(today.plusDays(28));
	}

	@Test
	void aBackfilledOlderVisitDoesNotChangeTheLatestFindings() {
		long child = care.child(TestVillages.B);
		care.visit(child, normal(VisitType.CONTACT, today.minusDays(1)));
		care.visit(child, withFindings(today.minusDays(9), Finding.SERIOUS, Finding.NORMAL));
		assertThat(care.schedule(child).closeAttention()).isFalse();
	}

	@Test
	void aParentWithSevereDisabilityPutsTheChildInCloseAttentionWithFourteenDayHomeVisits() {
		long child = care.register(TestUsers.civilAffairs(Regions.COUNTRY), Children.leftBehindWithGrandparents()
				.village(TestVillages.B).father(SituationType.SEVERE_DISABILITY).build());
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.closeAttention()).isTrue();
		assertThat(schedule.reasonCodes()).containsExactly(CloseAttentionReason.PARENT_SEVERE_DISABILITY);
		assertThat(schedule.reasons()).containsExactly("父母一方重残");
		assertThat(schedule.homeVisitDays()).isEqualTo(14);
		assertThat(schedule.homeVisitDueOn()).isEqualTo(today.plusDays(14));
		assertThat(schedule.contactDueOn()).isEqualTo(today.plusDays(7));
	}

	@Test
	void aParentWithSeriousIllnessPutsTheChildInCloseAttention() {
		long child = care.register(TestUsers.civilAffairs(Regions.COUNTRY), Children.leftBehindWithGrandparents()
				.village(TestVillages.B).mother(SituationType.SERIOUS_ILLNESS).build());
		assertThat(care.schedule(child).reasonCodes()).containsExactly(CloseAttentionReason.PARENT_SERIOUS_ILLNESS);
		assertThat(care.schedule(child).reasons()).containsExactly("父母一方重病（含精神疾病）");
	}

	@Test
	void aParentSituationThatHasEndedDoesNotCount() {
		ChildFile.Parent recovered = new ChildFile.Parent("王大", null, "13800000000", null,
				List.of(new ChildFile.ParentSituation(SituationType.SERIOUS_ILLNESS, today.minusYears(1),
						today.minusDays(1)), new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, null, null)),
				null);
		long child = care.register(TestUsers.civilAffairs(Regions.COUNTRY), Children.leftBehindWithGrandparents()
				.village(TestVillages.B).father(recovered).build());
		assertThat(care.schedule(child).closeAttention()).isFalse();
	}

	@Test
	void closeAttentionForAParentsIllnessEndsTheDayAfterTheIllnessEnds() {
		LocalDate recovery = today.plusDays(10);
		ChildFile.Parent ill = new ChildFile.Parent("王二", null, "13800000000", null,
				List.of(new ChildFile.ParentSituation(SituationType.SERIOUS_ILLNESS, today.minusYears(1), recovery),
						new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, null, null)),
				null);
		long child = care.register(TestUsers.civilAffairs(Regions.COUNTRY), Children.leftBehindWithGrandparents()
				.village(TestVillages.B).father(ill).build());
		assertThat(care.schedule(child).closeAttention()).isTrue();

		children.reevaluateDue(recovery);
		assertThat(care.schedule(child).closeAttention()).isTrue();

		children.reevaluateDue(recovery.plusDays(1));
		assertThat(care.schedule(child).closeAttention()).isFalse();
		assertThat(care.schedule(child).homeVisitDays()).isEqualTo(30);
	}

	@Test
	void aDisabledChildIsInCloseAttention() {
		long child = care.register(TestUsers.civilAffairs(Regions.COUNTRY), Children.leftBehindWithGrandparents()
				.village(TestVillages.B).health(new ChildFile.Health(HealthStatus.DISABLED, "肢体残疾", 2, null))
				.build());
		assertThat(care.schedule(child).reasonCodes()).containsExactly(CloseAttentionReason.CHILD_DISABLED);
		assertThat(care.schedule(child).homeVisitDueOn()).isEqualTo(today.plusDays(14));
	}

	@Test
	void aLatestVisitFindingPsychologySeriousPutsTheChildInCloseAttention() {
		long child = care.child(TestVillages.B);
		care.visit(child, withFindings(today.minusDays(1), Finding.SERIOUS, Finding.NORMAL));
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.reasonCodes()).containsExactly(CloseAttentionReason.VISIT_PSYCHOLOGY_SERIOUS);
		assertThat(schedule.reasons()).containsExactly("最近一次走访发现心理问题严重");
		assertThat(schedule.homeVisitDays()).isEqualTo(14);
		assertThat(schedule.homeVisitDueOn()).as("no home visit yet: counted from registration")
				.isEqualTo(today.plusDays(14));
	}

	@Test
	void aLatestVisitFindingSafetySeriousPutsTheChildInCloseAttention() {
		long child = care.child(TestVillages.B);
		care.visit(child, new NewVisit(VisitType.HOME_VISIT, VisitMethod.IN_PERSON, today.minusDays(2),
				List.of(MetWith.CAREGIVER), CareFixtures.findings(Finding.NORMAL, Finding.SERIOUS), "住处临水无护栏",
				null, false));
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.reasonCodes()).containsExactly(CloseAttentionReason.VISIT_SAFETY_SERIOUS);
		assertThat(schedule.homeVisitDueOn()).isEqualTo(today.plusDays(12));
	}

	@Test
	void aHighAssessmentPutsTheChildInCloseAttentionUntilALaterLowerOne() {
		long child = care.child(TestVillages.B);
		events.publishEvent(new AssessmentRecorded(900_001, child, RiskLevel.HIGH, today.minusDays(3)));
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.reasonCodes()).containsExactly(CloseAttentionReason.ASSESSMENT_HIGH);
		assertThat(schedule.reasons()).containsExactly("最近一次评估为高风险");
		assertThat(schedule.homeVisitDueOn()).isEqualTo(today.plusDays(14));

		events.publishEvent(new AssessmentRecorded(900_002, child, RiskLevel.MEDIUM, today.minusDays(10)));
		assertThat(care.schedule(child).closeAttention()).as("an older assessment changes nothing").isTrue();

		events.publishEvent(new AssessmentRecorded(900_003, child, RiskLevel.LOW, today));
		assertThat(care.schedule(child).closeAttention()).isFalse();
		assertThat(care.schedule(child).homeVisitDueOn()).isEqualTo(today.plusDays(30));
	}

	@Test
	void theReasonsClearWhenTheNextVisitFindsAllNormal() {
		long child = care.child(TestVillages.B);
		care.visit(child, withFindings(today.minusDays(5), Finding.SERIOUS, Finding.SERIOUS));
		assertThat(care.schedule(child).reasonCodes()).containsExactly(CloseAttentionReason.VISIT_PSYCHOLOGY_SERIOUS,
				CloseAttentionReason.VISIT_SAFETY_SERIOUS);
		care.visit(child, normal(VisitType.HOME_VISIT, today));
		VisitScheduleView schedule = care.schedule(child);
		assertThat(schedule.closeAttention()).isFalse();
		assertThat(schedule.reasons()).isEmpty();
		assertThat(schedule.homeVisitDays()).isEqualTo(30);
		assertThat(schedule.homeVisitDueOn()).isEqualTo(today.plusDays(30));
	}

	@Test
	void aFileChangeThatAddsAFamilyReasonPutsTheChildInCloseAttention() {
		var civil = TestUsers.civilAffairs(Regions.COUNTRY);
		Children.Builder builder = Children.leftBehindWithGrandparents().village(TestVillages.B);
		long child = care.register(civil, builder.build());
		assertThat(care.schedule(child).closeAttention()).isFalse();
		as(civil, () -> children.update(child, builder.mother(SituationType.SEVERE_DISABILITY)
				.version(children.find(child).version()).build()));
		assertThat(care.schedule(child).reasonCodes()).containsExactly(CloseAttentionReason.PARENT_SEVERE_DISABILITY);
	}

	@Test
	void anExitedChildCannotBeVisitedAndIsNeverOverdue() {
		var civil = TestUsers.civilAffairs(Regions.COUNTRY);
		long child = care.child(TestVillages.B);
		care.visit(child, normal(VisitType.CONTACT, today.minusDays(20)));
		assertThat(care.schedule(child).contactOverdue()).isTrue();
		as(civil, () -> children.exit(child, ExitReason.MOVED_AWAY, today, null));
		assertThatThrownBy(() -> care.visit(child, normal(VisitType.CONTACT, today)))
				.isInstanceOf(IllegalStateException.class).hasMessage("该儿童已减员，不能再记录走访");
		assertThat(care.schedule(child).contactOverdue()).isFalse();
		as(civil, () -> children.reactivate(child));
		assertThat(care.schedule(child).contactOverdue()).as("back on the schedule after reactivation").isTrue();
	}

	static NewVisit withFindings(LocalDate on, Finding psychology, Finding safety) {
		return new NewVisit(VisitType.CONTACT, VisitMethod.PHONE, on, List.of(MetWith.CHILD),
				CareFixtures.findings(psychology, safety),
				psychology == Finding.SERIOUS || safety == Finding.SERIOUS ? "走访发现的严重问题" : null, null, false);
	}
}
