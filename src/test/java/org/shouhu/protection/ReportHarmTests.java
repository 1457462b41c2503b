package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.shouhu.testing.CareFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.Category;
import org.shouhu.child.CategoryView;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildView;
import org.shouhu.tasks.TaskItem;
import org.shouhu.tasks.Tasks;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.ProtectionFixtures;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A concluded report that confirmed harm gives the child's file 困境儿童（监护缺失或不当） with a basis naming the
 * report; a report about a child not yet on file asks the village's directors to register the child and links to
 * the file once registered.
 */
@IntegrationTest
class ReportHarmTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnusedRegions unused;

	@Autowired
	ProtectionFixtures protection;

	@Autowired
	ChildManagement children;

	@Autowired
	Tasks tasks;

	String village;
	CurrentUser director;
	CurrentUser police;
	CurrentUser countyOfficer;

	@BeforeEach
	void setUp() {
		village = unused.village();
		director = ProtectionFixtures.director(village);
		police = ProtectionFixtures.police(village.substring(0, 6));
		countyOfficer = ProtectionFixtures.civilAffairs(village.substring(0, 6));
	}

	ChildView file(long id) {
		return as(TestUsers.civilAffairs("CN"), () -> children.find(id));
	}

	static CategoryView guardianship(ChildView view) {
		return view.categories().stream().filter(c -> c.code() == Category.GUARDIANSHIP_DIFFICULTY).findFirst()
			.orElse(null);
	}

	@Test
	void confirmedHarmGivesTheFileGuardianshipDifficultyWithABasisNamingTheReport() throws Exception {
		long childId = protection.child(village);
		assertThat(guardianship(file(childId))).isNull();
		NewReport about = new NewReport(ReportSituation.SUSPECTED_VIOLENCE_INJURY, "孩子身上多处淤青，疑似被父亲殴打。",
				Children.today().minusDays(2), null, ReporterType.SCHOOL, "周老师", "13700001111", childId, null, null);
		ReportView concluded = protection.concluded(director, police, about, true);
		assertThat(concluded.status()).isEqualTo(ReportStatus.CONCLUDED);
		assertThat(concluded.harmConfirmed()).isTrue();

		ChildView view = file(childId);
		assertThat(view.harmByGuardianConfirmed()).isTrue();
		String receivedOn = LocalDate.ofInstant(concluded.receivedAt(), org.shouhu.testing.TestClock.CHINA).toString();
		assertThat(guardianship(view).basis())
			.contains("经强制报告（" + receivedOn + "，疑似遭受家庭暴力、欺凌、虐待）查实遭受监护人侵害")
			.contains("国发〔2016〕36号");
		mvc.perform(get("/api/v1/children/{id}", childId).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categories[*].code").value(hasItem("GUARDIANSHIP_DIFFICULTY")))
			.andExpect(jsonPath("$.categories[?(@.code == 'GUARDIANSHIP_DIFFICULTY')].basis")
				.value(hasItem(org.hamcrest.Matchers.containsString("经强制报告（" + receivedOn))));
		mvc.perform(get("/children/{id}", childId).with(TestUsers.as(director)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("经强制报告（" + receivedOn)));
	}

	@Test
	void harmNotConfirmedLeavesTheCategoriesAlone() {
		long childId = protection.child(village);
		List<Category> before = file(childId).categories().stream().map(CategoryView::code).toList();
		protection.concluded(director, police, ProtectionFixtures.about(childId), false);
		assertThat(file(childId).categories().stream().map(CategoryView::code).toList()).isEqualTo(before);
		assertThat(file(childId).harmByGuardianConfirmed()).isFalse();
	}

	@Test
	void aChildNotYetOnFileAsksTheDirectorToRegisterAndTheFileIsLinkedOnceRegistered() {
		String name = Children.randomName("吴");
		long id = protection.file(police, ProtectionFixtures.unfiled(name, village)).id();
		TaskItem item = as(director, () -> tasks.itemsForCaller()).stream()
			.filter(i -> Long.valueOf(id).equals(i.reportId())).findFirst().orElseThrow();
		assertThat(item.type()).isEqualTo("REPORT_CHILD_NOT_ON_FILE");
		assertThat(item.childName()).isEqualTo(name);
		assertThat(item.villageCode()).isEqualTo(village);
		assertThat(item.title()).contains(name).doesNotContain("李报告").doesNotContain("13800138000");
		CurrentUser otherDirector = ProtectionFixtures.director(unused.village());
		assertThat(as(otherDirector, () -> tasks.itemsForCaller())).noneMatch(i -> Long.valueOf(id).equals(i.reportId()));

		protection.accept(police, id);
		protection.conclude(police, id, true);
		long other = as(TestUsers.civilAffairs("CN"), () -> children.register(Children.leftBehindWithGrandparents()
			.name(Children.randomName("郑")).village(village).build()).id());
		assertThat(protection.find(police, id).childId()).isNull();

		long childId = as(TestUsers.civilAffairs("CN"), () -> children.register(Children.leftBehindWithGrandparents()
			.name(name).village(village).build()).id());
		assertThat(protection.find(police, id).childId()).isEqualTo(childId);
		assertThat(protection.find(police, id).childOnFile()).isTrue();
		assertThat(as(director, () -> tasks.itemsForCaller())).noneMatch(i -> Long.valueOf(id).equals(i.reportId()));
		assertThat(guardianship(file(childId))).isNotNull();
		assertThat(guardianship(file(childId)).basis()).contains("经强制报告（");
		assertThat(guardianship(file(other)) == null || !guardianship(file(other)).basis().contains("强制报告")).isTrue();
	}
}
