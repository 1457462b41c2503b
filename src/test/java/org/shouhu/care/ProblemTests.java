package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.testing.CareFixtures.as;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.NotFoundException;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;

/** Problems found on visits, tracked until resolved with what was done. */
@IntegrationTest
class ProblemTests {

	@Autowired
	VisitManagement visits;

	@Autowired
	CareTasks tasks;

	@Autowired
	CareFixtures care;

	final LocalDate today = Children.today();
	final CurrentUser director = TestUsers.director(TestVillages.B);

	@Test
	void aVisitWithProblemsAndFollowUpOpensAProblemThatStaysOpenUntilResolvedOnce() {
		long child = care.child(TestVillages.B);
		VisitView visit = care.visit(director, child, visit(today.minusDays(1), "爷爷住院，无人接送上学", true));
		assertThat(visit.problemId()).isNotNull();
		List<ProblemView> open = as(director, () -> visits.problems(child));
		assertThat(open).singleElement().satisfies(problem -> {
			assertThat(problem.open()).isTrue();
			assertThat(problem.description()).isEqualTo("爷爷住院，无人接送上学");
			assertThat(problem.openedOn()).isEqualTo(today.minusDays(1));
			assertThat(problem.visitId()).isEqualTo(visit.id());
		});
		assertThat(as(director, tasks::forCaller)).anySatisfy(task -> assertThat(task)
				.extracting(CareTask::type, CareTask::problemId).containsExactly(TaskType.PROBLEM_OPEN, visit.problemId()));

		ProblemView resolved = as(director, () -> visits.resolveProblem(child, visit.problemId(), "  已联系姑姑每日接送  "));
		assertThat(resolved.open()).isFalse();
		assertThat(resolved.resolution()).isEqualTo("已联系姑姑每日接送");
		assertThat(resolved.resolvedOn()).isEqualTo(today);
		assertThat(resolved.resolvedBy()).isEqualTo(director.displayName());
		assertThat(resolved.resolvedAt()).isNotNull();
		assertThat(as(director, tasks::forCaller)).noneMatch(task -> task.childId() == child);

		assertThatThrownBy(() -> as(director, () -> visits.resolveProblem(child, visit.problemId(), "再次办结")))
				.isInstanceOf(IllegalStateException.class).hasMessage("该问题已经解决，不能重复办结");
		assertThat(as(director, () -> visits.problems(child))).singleElement()
				.extracting(ProblemView::resolution).isEqualTo("已联系姑姑每日接送");
	}

	@Test
	void problemsWithoutFollowUpOpenNothing() {
		long child = care.child(TestVillages.B);
		VisitView visit = care.visit(director, child, visit(today, "书包破旧", false));
		assertThat(visit.problemId()).isNull();
		assertThat(visit.problems()).isEqualTo("书包破旧");
		assertThat(as(director, () -> visits.problems(child))).isEmpty();
	}

	@Test
	void openProblemsComeFirstThenResolvedOnesNewestFirst() {
		long child = care.child(TestVillages.B);
		long first = care.visit(director, child, visit(today.minusDays(3), "问题一", true)).problemId();
		long second = care.visit(director, child, visit(today.minusDays(2), "问题二", true)).problemId();
		long third = care.visit(director, child, visit(today.minusDays(1), "问题三", true)).problemId();
		as(director, () -> visits.resolveProblem(child, third, "已解决"));
		assertThat(as(director, () -> visits.problems(child))).extracting(ProblemView::id)
				.containsExactly(second, first, third);
	}

	@Test
	void aResolutionIsRequiredAndNothingChangesWithout() {
		long child = care.child(TestVillages.B);
		long problem = care.visit(director, child, visit(today, "缺少冬衣", true)).problemId();
		assertThatThrownBy(() -> as(director, () -> visits.resolveProblem(child, problem, " ")))
				.isInstanceOfSatisfying(InvalidInputException.class,
						e -> assertThat(e.messagesByField()).containsEntry("resolution", "请填写问题的解决情况"));
		assertThat(as(director, () -> visits.problems(child))).singleElement().extracting(ProblemView::open)
				.isEqualTo(true);
	}

	@Test
	void aProblemOfAnotherChildOrOutsideTheJurisdictionIsNotFound() {
		long child = care.child(TestVillages.B);
		long other = care.child(TestVillages.B);
		long problem = care.visit(director, child, visit(today, "缺少冬衣", true)).problemId();
		assertThatThrownBy(() -> as(director, () -> visits.resolveProblem(other, problem, "已解决")))
				.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(TestUsers.director(TestVillages.A),
				() -> visits.resolveProblem(child, problem, "已解决"))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(TestUsers.director(TestVillages.A), () -> visits.problems(child)))
				.isInstanceOf(NotFoundException.class);
	}

	static NewVisit visit(LocalDate on, String problems, boolean followUp) {
		return new NewVisit(VisitType.CONTACT, VisitMethod.PHONE, on, List.of(MetWith.CAREGIVER),
				CareFixtures.findings(Finding.NORMAL, Finding.NORMAL), problems, "已记录", followUp);
	}
}
