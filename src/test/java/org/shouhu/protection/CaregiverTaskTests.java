package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.testing.CareFixtures.as;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.CaregiverDisqualification;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildView;
import org.shouhu.child.ExitReason;
import org.shouhu.child.SituationType;
import org.shouhu.tasks.TaskItem;
import org.shouhu.tasks.Tasks;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Caregiver oversight's to-do items: a left-behind child without a signed 《委托监护责任确认书》 and an open caregiver
 * case, for the village's director and the township's supervisor, never for another village.
 */
@IntegrationTest
class CaregiverTaskTests {


	@Autowired
	Tasks tasks;

	@Autowired
	CareFixtures care;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ChildManagement children;

	@Autowired
	CaregiverCases cases;

	@Autowired
	org.shouhu.testing.TestClock clock;

	final LocalDate today = Children.today();
	String village;
	String neighbour;
	CurrentUser director;
	CurrentUser supervisor;
	CurrentUser neighbourDirector;

	@BeforeEach
	void users() {
		List<String> villages = unused.villages(unused.township(), 2);
		village = villages.get(0);
		neighbour = villages.get(1);
		director = TestUsers.director(village);
		supervisor = TestUsers.supervisor(village.substring(0, 9));
		neighbourDirector = TestUsers.director(neighbour);
	}

	static ChildFile.Caregiver caregiver(String name, LocalDate signedOn, ChildFile.CaregiverChecklist checklist) {
		return new ChildFile.Caregiver(name, null, "13900000000", CaregiverRelation.MATERNAL_GRANDPARENT, "同住",
				signedOn, checklist);
	}

	List<TaskItem> items(CurrentUser user, String type) {
		return as(user, () -> tasks.itemsForCaller()).stream().filter(i -> i.type().equals(type)).toList();
	}

	List<Long> children(CurrentUser user, String type) {
		return items(user, type).stream().map(TaskItem::childId).toList();
	}

	@Test
	void aLeftBehindChildWithoutASignedConfirmationIsOnTheDirectorsAndSupervisorsList() {
		ChildView unsigned = as(director, () -> children.register(Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("刘外婆", null, null)).build()));
		long signed = care.register(director, Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("刘外公", today, null)).build());
		long atHome = care.register(director, Children.atHome().village(village)
			.caregiver(caregiver("邻居", null, null)).build());
		long noCaregiver = care.register(director, Children.leftBehindWithGrandparents().village(village)
			.caregiver(null).build());

		assertThat(children(director, CaregiverTaskContributor.CONFIRMATION_MISSING)).contains(unsigned.id())
			.doesNotContain(signed, atHome, noCaregiver);
		assertThat(children(supervisor, CaregiverTaskContributor.CONFIRMATION_MISSING)).contains(unsigned.id());
		assertThat(children(neighbourDirector, CaregiverTaskContributor.CONFIRMATION_MISSING))
			.doesNotContain(unsigned.id());
		TaskItem item = items(director, CaregiverTaskContributor.CONFIRMATION_MISSING).stream()
			.filter(i -> i.childId() == unsigned.id()).findFirst().orElseThrow();
		assertThat(item.title()).contains(unsigned.file().name()).contains("未签订委托监护责任确认书");
		assertThat(item.note()).contains("刘外婆");
		assertThat(item.villageCode()).isEqualTo(village);

		// signing it ends the item
		ChildFile file = unsigned.file();
		as(director, () -> children.update(unsigned.id(), new ChildFile(file.name(), file.idNumber(), file.gender(),
				file.birthDate(), file.ethnicity(), file.hukouRegistered(), file.hukouType(), file.hukouAddress(),
				file.villageCode(), file.address(), file.health(), file.schooling(), file.father(), file.mother(),
				caregiver("刘外婆", today, null), file.guardianship(), file.livingAlone(), file.familyIncome(),
				file.familyAssistance(), file.remarks(), file.version())));
		assertThat(children(director, CaregiverTaskContributor.CONFIRMATION_MISSING)).doesNotContain(unsigned.id());
	}

	@Test
	void aChildNoLongerLeftBehindOrExitedLeavesTheList() {
		ChildView child = as(director, () -> children.register(Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("刘外婆", null, null)).build()));
		ChildView other = as(director, () -> children.register(Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("刘外公", null, null)).build()));
		assertThat(children(director, CaregiverTaskContributor.CONFIRMATION_MISSING)).contains(child.id(), other.id());
		ChildFile f = child.file();
		as(director, () -> children.update(child.id(), new ChildFile(f.name(), f.idNumber(), f.gender(),
				f.birthDate(), f.ethnicity(), f.hukouRegistered(), f.hukouType(), f.hukouAddress(), f.villageCode(),
				f.address(), f.health(), f.schooling(), Children.atHome().build().father(),
				Children.atHome().build().mother(), f.caregiver(), f.guardianship(), f.livingAlone(),
				f.familyIncome(), f.familyAssistance(), f.remarks(), f.version())));
		as(director, () -> children.exit(other.id(), ExitReason.PARENTS_RETURNED, today, null));
		assertThat(children(director, CaregiverTaskContributor.CONFIRMATION_MISSING))
			.doesNotContain(child.id(), other.id());
	}

	@Test
	void anOpenCaseIsAnItemWithItsCaseIdUntilClosed() {
		long child = care.register(director, Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("刘外婆", today, new ChildFile.CaregiverChecklist(true, true,
					List.of(CaregiverDisqualification.ALCOHOL_ADDICTION))))
			.build());
		CaregiverCaseView opened = as(director, () -> cases.casesOf(child)).get(0);
		for (CurrentUser user : List.of(director, supervisor)) {
			TaskItem item = items(user, CaregiverTaskContributor.CASE_OPEN).stream()
				.filter(i -> i.childId() == child).findFirst().orElseThrow();
			assertThat(item.caseId()).isEqualTo(opened.id());
			assertThat(item.title()).contains("委托照护个案待处理");
			assertThat(item.note()).contains("尚未告知父母");
			assertThat(item.overdue()).isFalse();
		}
		assertThat(children(neighbourDirector, CaregiverTaskContributor.CASE_OPEN)).doesNotContain(child);

		as(director, () -> cases.notifyParents(opened.id(), today, "电话告知", null));
		assertThat(items(director, CaregiverTaskContributor.CASE_OPEN).stream().filter(i -> i.childId() == child)
			.findFirst().orElseThrow().note()).contains("已于").contains("待结案");
		as(director, () -> cases.close(opened.id(), CaregiverCaseOutcome.PARENT_RETURNED, null, null));
		assertThat(children(director, CaregiverTaskContributor.CASE_OPEN)).doesNotContain(child);
	}

	@Test
	void aCaseWhoseParentsWereNotToldWithinAWeekIsOverdue() {
		long child = care.register(director, Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("刘外婆", today, new ChildFile.CaregiverChecklist(false, true, List.of()))).build());
		clock.advance(java.time.Duration.ofDays(CaregiverTaskContributor.NOTIFY_WITHIN_DAYS + 1));
		TaskItem item = items(director, CaregiverTaskContributor.CASE_OPEN).stream().filter(i -> i.childId() == child)
			.findFirst().orElseThrow();
		assertThat(item.overdue()).isTrue();
	}

	@Test
	void aChildWithoutParentsAwayIsNotLeftBehind() {
		long child = care.register(director, Children.atHome().father(SituationType.OUT_MIGRANT).village(village)
			.caregiver(caregiver("刘外婆", null, null)).build());
		assertThat(children(director, CaregiverTaskContributor.CONFIRMATION_MISSING)).doesNotContain(child);
	}

	@Test
	void anExitedChildsCaseEndsWithTheFile() {
		long child = care.register(director, Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("刘外婆", today, new ChildFile.CaregiverChecklist(false, true, List.of()))).build());
		assertThat(children(director, CaregiverTaskContributor.CASE_OPEN)).contains(child);
		long before = cases.openCases(village);
		as(director, () -> children.exit(child, ExitReason.PARENTS_RETURNED, today, null));
		assertThat(children(director, CaregiverTaskContributor.CASE_OPEN)).doesNotContain(child);
		assertThat(cases.openCases(village)).isEqualTo(before - 1);
		CaregiverCaseView closed = as(director, () -> cases.casesOf(child)).get(0);
		assertThat(closed.open()).isFalse();
		assertThat(closed.outcome()).isEqualTo(CaregiverCaseOutcome.CHILD_EXITED);
		assertThat(closed.note()).contains("父母返乡");
	}

	@Test
	void aCaseFollowsTheChildToAnotherVillage() {
		ChildView child = as(director, () -> children.register(Children.leftBehindWithGrandparents().village(village)
			.caregiver(caregiver("刘外婆", today, new ChildFile.CaregiverChecklist(false, true, List.of()))).build()));
		ChildFile f = child.file();
		CurrentUser county = TestUsers.civilAffairs(village.substring(0, 6));
		as(county, () -> children.update(child.id(), new ChildFile(f.name(), f.idNumber(), f.gender(), f.birthDate(),
				f.ethnicity(), f.hukouRegistered(), f.hukouType(), f.hukouAddress(), neighbour, f.address(), f.health(),
				f.schooling(), f.father(), f.mother(), f.caregiver(), f.guardianship(), f.livingAlone(),
				f.familyIncome(), f.familyAssistance(), f.remarks(), f.version())));
		assertThat(children(director, CaregiverTaskContributor.CASE_OPEN)).doesNotContain(child.id());
		assertThat(children(neighbourDirector, CaregiverTaskContributor.CASE_OPEN)).contains(child.id());
		CaregiverCaseView open = as(neighbourDirector, () -> cases.casesOf(child.id())).get(0);
		assertThat(as(neighbourDirector, () -> cases.notifyParents(open.id(), today, "电话告知", null))
			.parentsNotifiedOn()).isEqualTo(today);
	}
}
