package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouhu.testing.CareFixtures.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildFile;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.SituationType;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.region.Regions;
import org.shouhu.testing.CareFixtures;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;

/** The close-attention page's lists: who is listed, why, filtered by reason and region. */
@IntegrationTest
class CareListsTests {

	static final String COUNTY = UnusedRegions.county();

	@Autowired
	CareLists lists;

	@Autowired
	CareFixtures care;

	final LocalDate today = Children.today();
	final CurrentUser country = TestUsers.civilAffairs(Regions.COUNTRY);

	String village;
	long disabled;
	long singleParent;
	long psychology;
	long plain;

	@BeforeEach
	void children() {
		village = care.village(COUNTY, 1, 0);
		disabled = care.register(country, Children.leftBehindWithGrandparents().village(village)
				.health(new ChildFile.Health(HealthStatus.DISABLED, "视力残疾", 1, null)).build());
		singleParent = care.register(country, Children.leftBehindWithGrandparents().village(village)
				.father(SituationType.DECEASED).build());
		psychology = care.child(village);
		care.visit(psychology, VisitScheduleTests.withFindings(today, Finding.CONCERN, Finding.NORMAL));
		plain = care.child(village);
	}

	@Test
	void listsTheChildrenWithAnyReasonNewestFirstWithTheirReasons() {
		ListPage<CareListEntry> page = as(TestUsers.director(village), () -> lists.list(null, null, 0, 200));
		List<Long> ids = page.items().stream().map(e -> e.child().id()).toList();
		assertThat(ids).contains(disabled, singleParent, psychology).doesNotContain(plain);
		assertThat(ids.indexOf(psychology)).isLessThan(ids.indexOf(singleParent));
		assertThat(ids.indexOf(singleParent)).isLessThan(ids.indexOf(disabled));
		CareListEntry entry = entry(page, disabled);
		assertThat(entry.reasons()).containsExactly(CloseAttentionReason.CHILD_DISABLED,
				CloseAttentionReason.IN_DIFFICULTY);
		assertThat(entry.closeAttention()).isTrue();
		assertThat(entry.homeVisitDueOn()).isEqualTo(today.plusDays(14));
		assertThat(entry.homeVisitOverdue()).isFalse();
		assertThat(entry.child().idNumber()).contains("********");
		assertThat(entry(page, singleParent).reasons()).contains(CloseAttentionReason.SINGLE_PARENT);
		assertThat(entry(page, singleParent).closeAttention()).isFalse();
		assertThat(entry(page, psychology).reasons()).containsExactly(CloseAttentionReason.PSYCHOLOGICAL_CONCERN);
	}

	@Test
	void filtersByReason() {
		CurrentUser director = TestUsers.director(village);
		assertThat(ids(as(director, () -> lists.list(null, CloseAttentionReason.SINGLE_PARENT, 0, 200))))
				.contains(singleParent).doesNotContain(disabled, psychology, plain);
		assertThat(ids(as(director, () -> lists.list(null, CloseAttentionReason.IN_DIFFICULTY, 0, 200))))
				.contains(disabled).doesNotContain(singleParent, psychology);
		assertThat(ids(as(director, () -> lists.list(null, CloseAttentionReason.PSYCHOLOGICAL_CONCERN, 0, 200))))
				.contains(psychology).doesNotContain(singleParent, disabled);
	}

	@Test
	void staysInsideTheJurisdictionAndTheChosenRegion() {
		assertThat(ids(as(TestUsers.director(care.village(COUNTY, 1, 1)), () -> lists.list(null, null, 0, 200))))
				.doesNotContain(disabled, singleParent, psychology);
		assertThat(ids(as(TestUsers.civilAffairs(COUNTY), () -> lists.list(care.village(COUNTY, 1, 1), null, 0, 200))))
				.doesNotContain(disabled, singleParent, psychology);
		assertThat(ids(as(TestUsers.civilAffairs(COUNTY), () -> lists.list(village, null, 0, 200))))
				.contains(disabled, singleParent, psychology);
		assertThat(ids(as(TestUsers.director(care.village(COUNTY, 1, 1)), () -> lists.list(village, null, 0, 200))))
				.as("a region outside the jurisdiction lists nothing").isEmpty();
	}

	@Test
	void pagesThroughTheList() {
		CurrentUser director = TestUsers.director(village);
		ListPage<CareListEntry> first = as(director, () -> lists.list(null, null, 0, 1));
		ListPage<CareListEntry> second = as(director, () -> lists.list(null, null, 1, 1));
		assertThat(first.items()).hasSize(1);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.items().get(0).child().id()).isEqualTo(psychology);
		assertThat(second.items().get(0).child().id()).isEqualTo(singleParent);
	}

	@Test
	void forEachGivesTheWholeListInTheSameOrder() {
		CurrentUser director = TestUsers.director(village);
		List<Long> each = new ArrayList<>();
		as(director, () -> {
			lists.forEach(null, null, e -> each.add(e.child().id()));
			return null;
		});
		assertThat(each).isEqualTo(ids(as(director, () -> lists.list(null, null, 0, 200))));
	}

	@Test
	void refusesBadPagingAndRegionCodes() {
		CurrentUser director = TestUsers.director(village);
		assertThatThrownBy(() -> as(director, () -> lists.list("12x", null, -1, 0)))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messagesByField())
						.containsOnlyKeys("regionCode", "page", "size"));
		assertThatThrownBy(() -> as(TestUsers.user(Role.VIEWER, COUNTY), () -> lists.list(null, null, 0, 20)))
				.isInstanceOf(ForbiddenException.class);
	}

	private static List<Long> ids(ListPage<CareListEntry> page) {
		return page.items().stream().map(e -> e.child().id()).toList();
	}

	private static CareListEntry entry(ListPage<CareListEntry> page, long childId) {
		return page.items().stream().filter(e -> e.child().id() == childId).findFirst().orElseThrow();
	}
}
