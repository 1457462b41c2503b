package org.shouhu.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ChildListCountTests {

	/** 凤县 河口镇 核桃坝村委会: no other test registers files here. */
	static final String FRESH_VILLAGE = "610330104215";

	@Autowired
	ChildManagement children;

	@Autowired
	ScopedChildQueries queries;

	@AfterEach
	void logout() {
		TestUsers.logout();
	}

	@Test
	void countingStopsOneFileAfterTheCap() {
		CurrentUser director = TestUsers.director(FRESH_VILLAGE);
		TestUsers.login(director);
		for (int i = 0; i < 3; i++) {
			children.register(Children.leftBehindWithGrandparents().village(FRESH_VILLAGE).build());
		}
		long all = children.list(ChildQuery.all(), 0, 1).total();
		assertThat(all).isGreaterThanOrEqualTo(3);
		assertThat(queries.count(FRESH_VILLAGE, ChildQuery.all(), null, all)).isEqualTo(all);
		assertThat(queries.count(FRESH_VILLAGE, ChildQuery.all(), null, all - 1)).isEqualTo(all);
		assertThat(queries.count(FRESH_VILLAGE, ChildQuery.all(), null, 1)).isEqualTo(2);
	}
}
