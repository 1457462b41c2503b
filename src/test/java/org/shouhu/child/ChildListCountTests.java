package org.shouhu.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ChildListCountTests {

	@Autowired
	ChildManagement children;

	@Autowired
	ScopedChildQueries queries;

	@Autowired
	UnusedRegions unused;

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void countingStopsOneFileAfterTheCap() {
		String freshVillage = unused.village();
		CurrentUser director = TestUsers.director(freshVillage);
		TestUsers.login(director);
		for (int i = 0; i < 3; i++) {
			children.register(Children.leftBehindWithGrandparents().village(freshVillage).build());
		}
		long all = children.list(ChildQuery.all(), 0, 1).total();
		assertThat(all).isGreaterThanOrEqualTo(3);
		assertThat(queries.count(freshVillage, ChildQuery.all(), null, all)).isEqualTo(all);
		assertThat(queries.count(freshVillage, ChildQuery.all(), null, all - 1)).isEqualTo(all);
		assertThat(queries.count(freshVillage, ChildQuery.all(), null, 1)).isEqualTo(2);
	}
}
