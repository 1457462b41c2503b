package org.shouhu.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.tasks.TaskItem;
import org.shouhu.tasks.Tasks;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestClock;
import org.shouhu.testing.TestVillages;
import org.shouhu.testing.Children;
import org.shouhu.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A file that no longer holds any category is suggested for exit on the to-do list, with the reason, until it is
 * exited or kept with a reason (保留在册), or holds and loses a category again.
 */
@IntegrationTest
class ExitSuggestionTests {

	@Autowired
	ChildManagement children;

	@Autowired
	Tasks tasks;

	@Autowired
	MockMvc mvc;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void parentsComingHomeSuggestTheExitToTheDirectorAndTheSupervisorUntilTheFileIsKeptWithAReason() {
		TestUsers.login(director);
		Children.Builder builder = Children.leftBehindWithGrandparents();
		ChildView child = children.register(builder.build());
		assertThat(child.exitSuggestion()).isNull();
		assertThat(exitItems(child.id())).isEmpty();

		ChildView home = children.update(child.id(), builder.father().mother().version(child.version()).build());
		assertThat(home.categories()).isEmpty();
		assertThat(home.exitSuggestion().reason()).isEqualTo(CategoriesEndedReason.PARENTS_RETURNED);
		assertThat(home.exitSuggestion().since()).isEqualTo(Children.today());
		List<TaskItem> items = exitItems(child.id());
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.title()).contains(home.file().name()).contains("建议减员").contains("父母已返乡");
			assertThat(item.dueOn()).isEqualTo(Children.today());
			assertThat(item.note()).contains("保留在册");
		});
		TestUsers.login(TestUsers.supervisor(TestVillages.TOWNSHIP));
		assertThat(exitItems(child.id())).hasSize(1);
		TestUsers.login(TestUsers.director(TestVillages.B));
		assertThat(exitItems(child.id())).isEmpty();
		assertThat(children.exitSuggestions(List.of(child.id())).get(child.id()).note()).contains("父母已返乡");

		TestUsers.login(director);
		assertThatThrownBy(() -> children.keep(child.id(), "  ")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> children.keep(child.id(), "很".repeat(501))).isInstanceOf(InvalidInputException.class);
		ChildView kept = children.keep(child.id(), "母亲患病在家，仍需关爱");
		assertThat(kept.keptReason()).isEqualTo("母亲患病在家，仍需关爱");
		assertThat(kept.exitSuggestion()).isNull();
		assertThat(kept.status()).isEqualTo(ChildStatus.ACTIVE);
		assertThat(exitItems(child.id())).isEmpty();
		assertThat(children.exitSuggestions(List.of(child.id()))).isEmpty();
		assertThat(children.history(child.id()).get(0).changes())
			.containsExactly(new ChildHistoryEntry.Change("keptReason", null, "母亲患病在家，仍需关爱"));
		assertThatThrownBy(() -> children.keep(child.id(), "再次保留")).isInstanceOf(NotAllowedNowException.class);

		// gains a category and loses it again: suggested again, the old reason no longer holds
		ChildView away = children.update(child.id(), builder.father(SituationType.OUT_MIGRANT)
			.mother(SituationType.OUT_MIGRANT).version(kept.version()).build());
		assertThat(away.keptReason()).isNull();
		ChildView backAgain = children.update(child.id(), builder.father().mother().version(away.version()).build());
		assertThat(backAgain.exitSuggestion()).isNotNull();
		assertThat(exitItems(child.id())).hasSize(1);

		children.exit(child.id(), ExitReason.PARENTS_RETURNED, Children.today(), null);
		assertThat(exitItems(child.id())).isEmpty();
		assertThatThrownBy(() -> children.keep(child.id(), "理由")).isInstanceOf(NotAllowedNowException.class);
	}

	@Test
	void aVisitItemOfAFileWithoutAnyCategorySaysWhyItStillAppears(@Autowired TestClock clock) {
		TestUsers.login(director);
		Children.Builder builder = Children.leftBehindWithGrandparents();
		ChildView child = children.register(builder.build());
		ChildView home = children.update(child.id(), builder.father().mother().version(child.version()).build());
		clock.advance(Duration.ofDays(10));

		List<TaskItem> visits = tasks.itemsForCaller().stream()
			.filter(item -> item.childId() != null && item.childId() == child.id())
			.filter(item -> item.type().startsWith("CONTACT")).toList();
		assertThat(visits).isNotEmpty().allSatisfy(item -> assertThat(item.note()).contains("父母已返乡")
			.contains("建议减员或保留在册"));

		children.keep(child.id(), "母亲患病在家，仍需关爱");
		assertThat(tasks.itemsForCaller().stream()
			.filter(item -> item.childId() != null && item.childId() == child.id())
			.filter(item -> item.type().startsWith("CONTACT"))).isNotEmpty().allSatisfy(item -> assertThat(item.note()).isNull());
		assertThat(home.categories()).isEmpty();
	}

	@Test
	void aChildTurningSixteenIsSuggestedForExitWithItsAge() {
		TestUsers.login(director);
		LocalDate birthday16 = Children.today().plusDays(3);
		ChildView child = children.register(Children.leftBehindWithGrandparents().born(birthday16.minusYears(16)).build());
		children.reevaluateDue(birthday16);
		assertThat(children.exitSuggestions(List.of(child.id())).get(child.id()))
			.satisfies(s -> {
				assertThat(s.reason()).isEqualTo(CategoriesEndedReason.AGED_16);
				assertThat(s.since()).isEqualTo(birthday16);
				assertThat(s.note()).contains("已满16周岁");
			});
		assertThat(exitItems(child.id())).singleElement().satisfies(item -> assertThat(item.title()).contains("已满16周岁"));
	}

	@Test
	void aFileThatHoldsACategoryOrNeverHeldOneIsNeitherSuggestedNorKept() {
		TestUsers.login(director);
		ChildView leftBehind = children.register(Children.leftBehindWithGrandparents().build());
		ChildView atHome = children.register(Children.atHome().build());
		assertThat(children.exitSuggestions(List.of(leftBehind.id(), atHome.id()))).isEmpty();
		assertThatThrownBy(() -> children.keep(leftBehind.id(), "理由")).isInstanceOf(NotAllowedNowException.class);
		assertThat(children.find(leftBehind.id()).keptReason()).isNull();
	}

	@Test
	void theApiKeepsAFileWithAReason() throws Exception {
		TestUsers.login(director);
		Children.Builder builder = Children.leftBehindWithGrandparents();
		ChildView child = children.register(builder.build());
		children.update(child.id(), builder.father().mother().version(child.version()).build());
		TestUsers.logout();
		mvc.perform(post("/api/v1/children/{id}/keep", child.id()).with(TestUsers.as(director))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/children/{id}/keep", child.id()).with(TestUsers.as(director))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"祖父母无力照料，继续关注\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keptReason").value("祖父母无力照料，继续关注"))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(post("/api/v1/children/{id}/keep", child.id()).with(TestUsers.as(director))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/children/{id}/keep", child.id()).with(TestUsers.as(TestUsers.director(TestVillages.B)))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theFilePageOffersToKeepTheFileWithAReasonBesideTheExit() throws Exception {
		TestUsers.login(director);
		Children.Builder builder = Children.leftBehindWithGrandparents();
		ChildView child = children.register(builder.build());
		children.update(child.id(), builder.father().mother().version(child.version()).build());
		TestUsers.logout();
		String page = mvc.perform(get("/children/{id}", child.id()).with(TestUsers.as(director)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("父母已返乡", "/children/" + child.id() + "/keep", "保留在册的理由");
		mvc.perform(post("/children/{id}/keep", child.id()).with(TestUsers.as(director)).with(csrf())
			.param("reason", "父亲返乡后外出打零工，仍需关注"))
			.andExpect(status().is3xxRedirection());
		String kept = mvc.perform(get("/children/{id}", child.id()).with(TestUsers.as(director)))
			.andReturn().getResponse().getContentAsString();
		assertThat(kept).contains("保留在册：父亲返乡后外出打零工，仍需关注").doesNotContain("保留在册的理由");
	}

	private List<TaskItem> exitItems(long childId) {
		return tasks.itemsForCaller().stream()
			.filter(item -> item.type().equals("FILE_EXIT_SUGGESTED") && item.childId() == childId)
			.toList();
	}
}
