package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.testing.CareFixtures.as;
import static org.shouhu.testing.CareFixtures.normal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ExitReason;
import org.shouhu.common.ForbiddenException;
import org.shouhu.region.Regions;
import org.shouhu.tasks.TaskItem;
import org.shouhu.tasks.Tasks;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;

/** To-do lists per role: what a director, a supervisor and a county officer are asked to do. */
@IntegrationTest
class CareTaskTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	CareTasks tasks;

	@Autowired
	Tasks shared;

	@Autowired
	CareFixtures care;

	@Autowired
	ChildManagement children;

	final LocalDate today = Children.today();

	String village;
	String neighbourVillage;
	String otherTownshipVillage;
	long contactOverdue;
	long contactDueSoon;
	long contactDueLater;
	long homeVisitOverdue;
	long withProblem;
	long neighbourOverdue;
	long otherTownshipOverdue;

	@BeforeEach
	void children() {
		village = care.village(COUNTY, 1, 0);
		neighbourVillage = care.village(COUNTY, 1, 1);
		otherTownshipVillage = care.village(COUNTY, 2, 0);
		contactOverdue = care.child(village);
		care.visit(contactOverdue, normal(VisitType.CONTACT, today.minusDays(10)));
		contactDueSoon = care.child(village);
		care.visit(contactDueSoon, normal(VisitType.CONTACT, today.minusDays(5)));
		contactDueLater = care.child(village);
		care.visit(contactDueLater, normal(VisitType.CONTACT, today.minusDays(4)));
		homeVisitOverdue = care.child(village);
		care.visit(homeVisitOverdue, normal(VisitType.HOME_VISIT, today.minusDays(35)));
		withProblem = care.child(village);
		care.visit(withProblem, new NewVisit(VisitType.HOME_VISIT, VisitMethod.IN_PERSON, today, List.of(MetWith.CHILD),
				CareFixtures.findings(Finding.CONCERN, Finding.NORMAL), "孩子近来不愿上学，与同学有矛盾", "与老师沟通", true));
		neighbourOverdue = care.child(neighbourVillage);
		care.visit(neighbourOverdue, normal(VisitType.CONTACT, today.minusDays(9)));
		otherTownshipOverdue = care.child(otherTownshipVillage);
		care.visit(otherTownshipOverdue, normal(VisitType.CONTACT, today.minusDays(9)));
	}

	@Test
	void aDirectorSeesOverdueItemsItemsDueWithinThreeDaysAndOpenProblemsOfTheVillage() {
		List<CareTask> list = as(TestUsers.director(village), tasks::forCaller);
		assertThat(of(list, contactOverdue)).extracting(CareTask::type, CareTask::dueOn, CareTask::title)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(TaskType.CONTACT_OVERDUE, today.minusDays(3),
						name(contactOverdue) + "：联系已逾期 3 天"));
		assertThat(of(list, contactDueSoon)).extracting(CareTask::type, CareTask::dueOn, CareTask::title)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(TaskType.CONTACT_DUE, today.plusDays(2),
						name(contactDueSoon) + "：2 天后应联系"));
		assertThat(of(list, contactDueLater)).as("due in four days: not yet").isEmpty();
		assertThat(of(list, homeVisitOverdue)).extracting(CareTask::type)
				.containsExactlyInAnyOrder(TaskType.HOME_VISIT_OVERDUE, TaskType.CONTACT_OVERDUE);
		assertThat(of(list, homeVisitOverdue)).filteredOn(t -> t.type() == TaskType.HOME_VISIT_OVERDUE)
				.extracting(CareTask::title).containsExactly(name(homeVisitOverdue) + "：入户走访已逾期 5 天");
		assertThat(of(list, withProblem)).singleElement().satisfies(task -> {
			assertThat(task.type()).isEqualTo(TaskType.PROBLEM_OPEN);
			assertThat(task.dueOn()).isEqualTo(today);
			assertThat(task.problemId()).isNotNull();
			assertThat(task.title()).isEqualTo(name(withProblem) + "：问题待解决——孩子近来不愿上学，与同学有矛盾");
			assertThat(task.villageName()).isNotBlank();
		});
		assertThat(of(list, neighbourOverdue)).isEmpty();
		assertThat(of(list, otherTownshipOverdue)).isEmpty();
	}

	@Test
	void overdueItemsComeFirstLongestOverdueFirstThenItemsDueSoonThenProblems() {
		List<CareTask> list = as(TestUsers.director(village), tasks::forCaller).stream()
				.filter(t -> Set.of(contactOverdue, contactDueSoon, homeVisitOverdue, withProblem).contains(t.childId()))
				.toList();
		assertThat(list).extracting(CareTask::type).containsExactly(TaskType.CONTACT_OVERDUE,
				TaskType.HOME_VISIT_OVERDUE, TaskType.CONTACT_OVERDUE, TaskType.CONTACT_DUE, TaskType.PROBLEM_OPEN);
		assertThat(list.get(0).childId()).isEqualTo(homeVisitOverdue);
		assertThat(list.get(2).childId()).isEqualTo(contactOverdue);
	}

	@Test
	void aSupervisorSeesOnlyOverdueItemsAndOpenProblemsOfTheTownship() {
		List<CareTask> list = as(TestUsers.supervisor(village.substring(0, 9)), tasks::forCaller);
		assertThat(of(list, contactOverdue)).extracting(CareTask::type).containsExactly(TaskType.CONTACT_OVERDUE);
		assertThat(of(list, neighbourOverdue)).extracting(CareTask::type).containsExactly(TaskType.CONTACT_OVERDUE);
		assertThat(of(list, withProblem)).extracting(CareTask::type).containsExactly(TaskType.PROBLEM_OPEN);
		assertThat(of(list, contactDueSoon)).as("due soon is the director's business").isEmpty();
		assertThat(of(list, otherTownshipOverdue)).isEmpty();
	}

	@Test
	void countyCivilAffairsSeeTheOverdueItemsOfTheCounty() {
		List<CareTask> list = as(TestUsers.civilAffairs(COUNTY), tasks::forCaller);
		assertThat(of(list, otherTownshipOverdue)).extracting(CareTask::type)
				.containsExactly(TaskType.CONTACT_OVERDUE);
		assertThat(of(list, contactOverdue)).isNotEmpty();
		assertThat(of(list, contactDueSoon)).isEmpty();
		assertThat(as(TestUsers.civilAffairs("610327"), tasks::forCaller)).extracting(CareTask::childId)
				.doesNotContain(contactOverdue, otherTownshipOverdue);
	}

	@Test
	void theSharedItemsCarryTheVillageTheOverdueFlagAndTheProblem() {
		List<TaskItem> items = as(TestUsers.supervisor(village.substring(0, 9)), shared::itemsForCaller);
		assertThat(items).filteredOn(i -> i.childId() == neighbourOverdue).singleElement().satisfies(item -> {
			assertThat(item.type()).isEqualTo("CONTACT_OVERDUE");
			assertThat(item.overdue()).isTrue();
			assertThat(item.villageCode()).isEqualTo(neighbourVillage);
			assertThat(item.villageName()).isNotBlank().isNotEqualTo(neighbourVillage);
			assertThat(item.problemId()).isNull();
		});
		assertThat(items).filteredOn(i -> i.childId() == withProblem).singleElement().satisfies(item -> {
			assertThat(item.type()).isEqualTo("PROBLEM_OPEN");
			assertThat(item.overdue()).isFalse();
			assertThat(item.problemId()).isNotNull();
			assertThat(item.note()).isEqualTo("孩子近来不愿上学，与同学有矛盾");
			assertThat(item.villageCode()).isEqualTo(village);
		});
		assertThat(as(TestUsers.director(village), tasks::forCaller)).extracting(CareTask::villageCode)
				.containsOnly(village);
	}

	@Test
	void anExitedChildLeavesTheToDoList() {
		as(TestUsers.civilAffairs(Regions.COUNTRY),
				() -> children.exit(contactOverdue, ExitReason.MOVED_AWAY, today, null));
		assertThat(as(TestUsers.director(village), tasks::forCaller)).extracting(CareTask::childId)
				.doesNotContain(contactOverdue).contains(homeVisitOverdue);
	}

	@Test
	void aVisitTakesTheItemOffTheList() {
		care.visit(contactOverdue, normal(VisitType.CONTACT, today));
		assertThat(of(as(TestUsers.director(village), tasks::forCaller), contactOverdue)).isEmpty();
	}

	@Test
	void rolesThatDoNotWorkWithChildFilesHaveNoToDoList() {
		for (Role role : List.of(Role.VIEWER, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.DEPARTMENT)) {
			CurrentUser user = TestUsers.user(role, COUNTY);
			assertThatThrownBy(() -> as(user, tasks::forCaller)).as(role.name())
					.isInstanceOf(ForbiddenException.class);
		}
	}

	private String name(long childId) {
		return as(TestUsers.civilAffairs(Regions.COUNTRY), () -> children.summary(childId)).name();
	}

	private static List<CareTask> of(List<CareTask> list, long childId) {
		return list.stream().filter(t -> t.childId() == childId).toList();
	}
}
