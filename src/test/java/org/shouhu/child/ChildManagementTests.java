package org.shouhu.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.NotFoundException;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ChildManagementTests {

	@Autowired
	ChildManagement children;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void auditsEveryReadOfAFileWithTheActor() {
		TestUsers.login(director);
		ChildView child = children.register(Children.leftBehindWithGrandparents().build());
		children.find(child.id());
		List<Map<String, Object>> audit = jdbc.queryForList(
				"select actor, action from audit_event where subject_type = 'CHILD' and subject_id = ? order by id",
				String.valueOf(child.id()));
		assertThat(audit).extracting(row -> row.get("action")).containsExactly("CREATE", "VIEW");
		assertThat(audit).extracting(row -> row.get("actor")).containsOnly(director.username());
	}

	@Test
	void auditsAnAttemptToOpenAFileOutsideTheJurisdictionAsDenied() {
		TestUsers.login(director);
		ChildView child = children.register(Children.leftBehindWithGrandparents().build());
		CurrentUser otherDirector = TestUsers.director(TestVillages.B);
		TestUsers.login(otherDirector);
		assertThatThrownBy(() -> children.find(child.id())).isInstanceOf(NotFoundException.class);
		List<Map<String, Object>> audit = jdbc.queryForList(
				"select actor, action, outcome from audit_event where subject_type = 'CHILD' and subject_id = ? order by id",
				String.valueOf(child.id()));
		assertThat(audit).extracting(row -> row.get("actor") + " " + row.get("action") + " " + row.get("outcome"))
				.containsExactly(director.username() + " CREATE SUCCESS", otherDirector.username() + " VIEW DENIED");
	}

	@Test
	void auditsUpdatesAndExits() {
		TestUsers.login(director);
		Children.Builder builder = Children.leftBehindWithGrandparents();
		ChildView child = children.register(builder.build());
		children.update(child.id(), builder.remarks("修改").version(child.version()).build());
		children.exit(child.id(), ExitReason.MOVED_AWAY, Children.today(), null);
		assertThat(jdbc.queryForList("select action from audit_event where subject_type = 'CHILD' and subject_id = ? order by id",
				String.class, String.valueOf(child.id()))).containsExactly("CREATE", "UPDATE", "EXIT");
	}

	@Test
	void publishesDomainEvents() {
		TestUsers.login(director);
		Children.Builder builder = Children.leftBehindWithGrandparents();
		ChildView child = children.register(builder.build());
		children.update(child.id(), builder.father(SituationType.DECEASED).mother(SituationType.DECEASED)
				.version(child.version()).build());
		children.exit(child.id(), ExitReason.ADOPTED, Children.today(), "已被收养");
		assertThat(events.stream(ChildRegistered.class)).anySatisfy(e -> {
			assertThat(e.childId()).isEqualTo(child.id());
			assertThat(e.categories()).containsExactly(Category.LEFT_BEHIND);
		});
		assertThat(events.stream(ChildUpdated.class)).anyMatch(e -> e.childId() == child.id());
		assertThat(events.stream(ChildCategoriesChanged.class)).anySatisfy(e -> {
			assertThat(e.childId()).isEqualTo(child.id());
			assertThat(e.before()).containsExactly(Category.LEFT_BEHIND);
			assertThat(e.after()).containsExactly(Category.ORPHAN, Category.GUARDIANSHIP_DIFFICULTY);
		});
		assertThat(events.stream(ChildExited.class)).anyMatch(e -> e.childId() == child.id()
				&& e.reason() == ExitReason.ADOPTED);
	}

	@Test
	void aCategoryChangeIsRecordedOnceWithItsEventRegisteredByTheFile() {
		TestUsers.login(director);
		Children.Builder builder = Children.leftBehindWithGrandparents();
		ChildView child = children.register(builder.build());
		children.update(child.id(), builder.father(SituationType.DECEASED).mother(SituationType.DECEASED)
				.version(child.version()).build());
		List<ChildCategoriesChanged> changed = events.stream(ChildCategoriesChanged.class)
				.filter(e -> e.childId() == child.id())
				.toList();
		assertThat(changed).singleElement().satisfies(e -> {
			assertThat(e.before()).containsExactly(Category.LEFT_BEHIND);
			assertThat(e.after()).containsExactly(Category.ORPHAN, Category.GUARDIANSHIP_DIFFICULTY);
			assertThat(e.on()).isEqualTo(Children.today());
		});
		List<ChildHistoryEntry> history = children.history(child.id());
		assertThat(history).hasSize(2);
		assertThat(history.get(0).changes()).filteredOn(c -> c.field().equals("categories")).singleElement()
				.isEqualTo(new ChildHistoryEntry.Change("categories", Category.LEFT_BEHIND.label(),
						Category.ORPHAN.label() + "、" + Category.GUARDIANSHIP_DIFFICULTY.label()));
		assertThat(events.stream(ChildUpdated.class).filter(e -> e.childId() == child.id()))
				.singleElement().satisfies(e -> assertThat(e.fields()).contains("father.situations", "categories"));

		children.update(child.id(), builder.remarks("只改备注").version(child.version() + 1).build());
		assertThat(events.stream(ChildCategoriesChanged.class).filter(e -> e.childId() == child.id())).hasSize(1);
		assertThat(events.stream(ChildRegistered.class).filter(e -> e.childId() == child.id())).hasSize(1);
	}

	@Test
	void childTurningSixteenLosesLeftBehindOnThatDay() {
		TestUsers.login(director);
		LocalDate birthday16 = Children.today().plusDays(5);
		ChildView child = children.register(Children.leftBehindWithGrandparents().born(birthday16.minusYears(16)).build());
		assertThat(child.categories()).extracting(CategoryView::code).containsExactly(Category.LEFT_BEHIND);

		children.reevaluateDue(birthday16.minusDays(1));
		assertThat(children.find(child.id()).categories()).extracting(CategoryView::code).containsExactly(Category.LEFT_BEHIND);

		children.reevaluateDue(birthday16);
		assertThat(children.find(child.id()).categories()).isEmpty();
		List<ChildHistoryEntry> history = children.history(child.id());
		assertThat(history.get(0).actor()).isEqualTo(ChildManagement.SYSTEM);
		assertThat(history.get(0).changes()).containsExactly(
				new ChildHistoryEntry.Change("categories", Category.LEFT_BEHIND.label(), null));
		assertThat(events.stream(ChildCategoriesChanged.class)).anyMatch(e -> e.childId() == child.id()
				&& e.after().isEmpty() && e.on().equals(birthday16));
	}

	@Test
	void reevaluationWalksDueFilesOnlyAndMovesTheirReviewDateOn() {
		TestUsers.login(director);
		LocalDate birthday16 = Children.today().plusDays(10);
		ChildView child = children.register(Children.leftBehindWithGrandparents().born(birthday16.minusYears(16)).build());
		assertThat(reviewDate(child.id())).isEqualTo(birthday16);
		children.reevaluateDue(birthday16);
		assertThat(reviewDate(child.id())).isEqualTo(birthday16.plusYears(2));
		children.exit(child.id(), ExitReason.AGED_OUT, Children.today(), null);
		assertThat(reviewDate(child.id())).isNull();
	}

	@Test
	void exitedFilesAreNotReevaluated() {
		TestUsers.login(director);
		LocalDate birthday16 = Children.today().plusDays(7);
		ChildView child = children.register(Children.leftBehindWithGrandparents().born(birthday16.minusYears(16)).build());
		children.exit(child.id(), ExitReason.PARENTS_RETURNED, Children.today(), null);
		children.reevaluateDue(birthday16);
		assertThat(children.find(child.id()).categories()).extracting(CategoryView::code).containsExactly(Category.LEFT_BEHIND);
	}

	@Test
	void registerAsSystemSkipsTheCallerCheckAndNamesTheActor() {
		ChildView child = children.registerAsSystem(Children.leftBehindWithGrandparents().village(TestVillages.SHENZHEN).build(),
				"演示数据");
		assertThat(child.registeredBy()).isEqualTo("演示数据");
		assertThat(jdbc.queryForObject("select actor from audit_event where subject_type = 'CHILD' and subject_id = ?",
				String.class, String.valueOf(child.id()))).isEqualTo("演示数据");
	}

	@Test
	void refusesCallersWhoseRoleDoesNotWorkWithChildFiles() {
		TestUsers.login(TestUsers.user(org.shouhu.account.Role.VIEWER, "CN"));
		assertThatThrownBy(() -> children.list(ChildQuery.all(), 0, 20)).isInstanceOf(ForbiddenException.class);
		TestUsers.logout();
		assertThatThrownBy(() -> children.blankFile()).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void harmConfirmedByTheProtectionModuleIsKeptAndRecorded() {
		TestUsers.login(director);
		ChildView child = children.register(Children.leftBehindWithGrandparents().build());
		ChildView after = children.recordHarmByGuardian(child.id(), true, "强制报告");
		assertThat(after.harmByGuardianConfirmed()).isTrue();
		assertThat(children.history(child.id()).get(0).actor()).isEqualTo("强制报告");
	}

	@Test
	void computesPinyinSearchKeys() {
		assertThat(NameKeys.of("王小明")).isEqualTo(new NameKeys("wangxiaoming", "wxm"));
		assertThat(NameKeys.of("单田芳").pinyin()).startsWith("shan");
		assertThat(NameKeys.of("曾小贤").initials()).isEqualTo("zxx");
		assertThat(NameKeys.of("吕布").pinyin()).isEqualTo("lvbu");
		assertThat(NameKeys.of("阿依古丽·买买提").initials()).isEqualTo("ayglmmt");
	}

	private LocalDate reviewDate(long id) {
		return jdbc.queryForObject("select next_review_on from child where id = ?", LocalDate.class, id);
	}
}
