package org.shouhu.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;

/** The list lines other modules ask for by id (to-do items, care lists). */
@IntegrationTest
class ChildSummariesTests {

	@Autowired
	ChildManagement children;

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void summariesShowWhatTheFileShowsInTheListWithTheIdNumberMasked() {
		TestUsers.login(TestUsers.director(TestVillages.A));
		ChildView orphan = children.register(Children.orphan().build());
		ChildView leftBehind = children.register(Children.leftBehindWithGrandparents().build());

		Map<Long, ChildSummary> summaries = children.summaries(List.of(orphan.id(), leftBehind.id()));

		for (ChildView file : List.of(orphan, leftBehind)) {
			ChildSummary summary = summaries.get(file.id());
			ChildSummary listed = children.summary(file.id());
			assertThat(summary).isEqualTo(listed);
			assertThat(summary.name()).isEqualTo(file.file().name());
			assertThat(summary.age()).isEqualTo(file.age());
			assertThat(summary.idNumber()).contains("****").isNotEqualTo(file.file().idNumber());
			assertThat(summary.categories()).isNotEmpty();
		}
	}

	@Test
	void summariesLeaveOutFilesOutsideTheCallersJurisdiction() {
		TestUsers.login(TestUsers.director(TestVillages.A));
		ChildView mine = children.register(Children.leftBehindWithGrandparents().build());
		CurrentUser other = TestUsers.director(TestVillages.TAIBAI);
		TestUsers.login(other);
		ChildView theirs = children.register(Children.leftBehindWithGrandparents().village(TestVillages.TAIBAI).build());

		assertThat(children.summaries(List.of(mine.id(), theirs.id()))).containsOnlyKeys(theirs.id());
		TestUsers.login(TestUsers.supervisor(TestVillages.A.substring(0, 9)));
		assertThat(children.summaries(List.of(mine.id(), theirs.id()))).containsOnlyKeys(mine.id());
	}
}
