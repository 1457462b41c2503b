package org.shouhu.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.Children;
import org.shouhu.testing.IntegrationTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.TestVillages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class WorkLogApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ChildManagement children;

	@Autowired
	JdbcTemplate jdbc;

	/** A day no other test writes on, so that lists filtered to it hold only this test's entries. */
	static LocalDate quietDay() {
		return Children.today().minusDays(400 + ThreadLocalRandom.current().nextInt(3000));
	}

	static Map<String, Object> entry(LocalDate workedOn, String content, List<Long> childIds) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("workedOn", workedOn == null ? null : workedOn.toString());
		body.put("content", content);
		if (childIds != null) {
			body.put("childIds", childIds);
		}
		return body;
	}

	ResultActions write(CurrentUser user, Object body) throws Exception {
		return mvc.perform(post("/api/v1/work-logs").with(TestUsers.as(user)).contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body)));
	}

	long written(CurrentUser user, LocalDate day, String content) throws Exception {
		String body = write(user, entry(day, content, null)).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions list(CurrentUser user, LocalDate day) throws Exception {
		return mvc.perform(get("/api/v1/work-logs").with(TestUsers.as(user)).param("from", day.toString())
			.param("to", day.toString()));
	}

	long stored(String content) {
		return jdbc.queryForObject("select count(*) from work_log where content = ?", Long.class, content);
	}

	@Test
	void aDirectorWritesWhatWasDone() throws Exception {
		CurrentUser director = accounts.create("logdirector", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		LocalDate today = Children.today();
		String body = write(director, entry(today, "  入户走访王小明家，了解祖父身体情况。 ", null))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.containsString("/api/v1/work-logs/")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.workedOn").value(today.toString()))
			.andExpect(jsonPath("$.content").value("入户走访王小明家，了解祖父身体情况。"))
			.andExpect(jsonPath("$.authorName").value(director.displayName()))
			.andExpect(jsonPath("$.regionCode").value(TestVillages.A))
			.andExpect(jsonPath("$.regionName").value("龙口村委会"))
			.andExpect(jsonPath("$.editable").value(true))
			.andExpect(jsonPath("$.version").isNumber())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		assertThat(jdbc.queryForMap("select township_code, village_code from work_log where id = ?", id))
			.containsEntry("township_code", TestVillages.TOWNSHIP).containsEntry("village_code", TestVillages.A);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' and subject_type = 'WORK_LOG' and subject_id = ?",
				Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void anEntryIsVisibleUpTheJurisdictionOnly() throws Exception {
		CurrentUser directorA = accounts.create("logdira", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		CurrentUser colleagueA = accounts.create("logcola", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		CurrentUser directorB = accounts.create("logdirb", Set.of(Role.CHILD_DIRECTOR), TestVillages.B);
		CurrentUser supervisor = accounts.create("logsup", Set.of(Role.SUPERVISOR), TestVillages.TOWNSHIP);
		CurrentUser otherSupervisor = accounts.create("logsupo", Set.of(Role.SUPERVISOR), "610330102");
		CurrentUser county = accounts.create("logcounty", Set.of(Role.CIVIL_AFFAIRS), TestVillages.COUNTY);
		CurrentUser otherCounty = accounts.create("logcountyo", Set.of(Role.CIVIL_AFFAIRS), "610331");
		LocalDate day = quietDay();
		long byDirector = written(directorA, day, "村里开展防溺水宣传");
		long bySupervisor = written(supervisor, day, "督导凤州镇儿童主任走访");

		for (CurrentUser sees : List.of(directorA, colleagueA, supervisor, county)) {
			list(sees, day).andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id").value(hasItem((int) byDirector)));
			mvc.perform(get("/api/v1/work-logs/{id}", byDirector).with(TestUsers.as(sees))).andExpect(status().isOk());
		}
		for (CurrentUser blind : List.of(directorB, otherSupervisor, otherCounty)) {
			list(blind, day).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) byDirector))));
			mvc.perform(get("/api/v1/work-logs/{id}", byDirector).with(TestUsers.as(blind)))
				.andExpect(status().isNotFound());
		}
		list(county, day).andExpect(jsonPath("$.items[*].id").value(hasItem((int) bySupervisor)));
		list(directorA, day).andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) bySupervisor))));
		list(otherSupervisor, day).andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) bySupervisor))));
		list(directorA, day).andExpect(jsonPath("$.items[0].editable").value(true));
		list(supervisor, day).andExpect(jsonPath("$.items[?(@.id == " + byDirector + ")].editable").value(hasItem(false)));
	}

	@Test
	void listsNewestFirstInPagesAndFiltersByRegion() throws Exception {
		CurrentUser director = accounts.create("logpages", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		CurrentUser county = TestUsers.civilAffairs(TestVillages.COUNTY);
		LocalDate day = quietDay();
		long older = written(director, day.minusDays(1), "前一天");
		long first = written(director, day, "第一条");
		long second = written(director, day, "第二条");
		mvc.perform(get("/api/v1/work-logs").with(TestUsers.as(director)).param("from", day.minusDays(1).toString())
				.param("to", day.toString()).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains((int) second, (int) first)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.hasNext").value(true));
		mvc.perform(get("/api/v1/work-logs").with(TestUsers.as(director)).param("from", day.minusDays(1).toString())
				.param("to", day.toString()).param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains((int) older)))
			.andExpect(jsonPath("$.hasNext").value(false));
		mvc.perform(get("/api/v1/work-logs").with(TestUsers.as(county)).param("regionCode", TestVillages.TOWNSHIP)
				.param("from", day.toString()).param("to", day.toString()))
			.andExpect(jsonPath("$.items[*].id").value(hasItem((int) first)));
		mvc.perform(get("/api/v1/work-logs").with(TestUsers.as(county)).param("regionCode", "610330102")
				.param("from", day.toString()).param("to", day.toString()))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) first))));
		mvc.perform(get("/api/v1/work-logs").with(TestUsers.as(county)).param("from", day.toString())
				.param("to", day.minusDays(1).toString()).param("size", "500").param("regionCode", "12345"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("to", "size", "regionCode")));
	}

	@Test
	void badInputNamesTheFieldsAndStoresNothing() throws Exception {
		CurrentUser director = TestUsers.director(TestVillages.A);
		long otherVillageChild = children.registerAsSystem(Children.leftBehindWithGrandparents()
			.village(TestVillages.B).build(), "测试").id();
		String marker = "无效-" + UUID.randomUUID();
		write(director, entry(Children.today().plusDays(1), marker, List.of(otherVillageChild)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("workedOn", "childIds[0]")))
			.andExpect(jsonPath("$.errors[?(@.field == 'workedOn')].message").value(hasItem("不能晚于今天")))
			.andExpect(jsonPath("$.errors[?(@.field == 'childIds[0]')].message")
				.value(hasItem("未找到该儿童档案，或不在您的管辖范围内")));
		write(director, entry(null, "   ", null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("workedOn", "content")))
			.andExpect(jsonPath("$.errors[?(@.field == 'content')].message").value(hasItem("必填")));
		write(director, entry(Children.today(), "字".repeat(2001), null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("content"))
			.andExpect(jsonPath("$.errors[0].message").value("不能超过2000个字"));
		write(director, entry(Children.today(), "字".repeat(2000), null)).andExpect(status().isCreated());
		assertThat(stored(marker)).isZero();
	}

	@Test
	void anEntryMayNameChildrenOfTheJurisdiction() throws Exception {
		CurrentUser director = TestUsers.director(TestVillages.A);
		long child = children.registerAsSystem(Children.leftBehindWithGrandparents().name("郑救助").build(), "测试").id();
		LocalDate day = quietDay();
		write(director, entry(day, "为孩子申请临时救助", List.of(child, child)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.children", hasSize(1)))
			.andExpect(jsonPath("$.children[0].id").value(child))
			.andExpect(jsonPath("$.children[0].name").value("郑救助"));
		list(TestUsers.supervisor(TestVillages.TOWNSHIP), day)
			.andExpect(jsonPath("$.items[0].children[0].name").value("郑救助"));
	}

	@Test
	void onlyDirectorsAndSupervisorsWriteAndOnlyChildFileRolesRead() throws Exception {
		String marker = "民政-" + UUID.randomUUID();
		write(TestUsers.civilAffairs(TestVillages.COUNTY), entry(Children.today(), marker, null))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("只有儿童主任和儿童督导员可以填写工作日志"));
		write(TestUsers.supervisor(TestVillages.TOWNSHIP), entry(Children.today(), "督导", null))
			.andExpect(status().isCreated());
		CurrentUser viewer = accounts.create("logviewer", Set.of(Role.VIEWER), TestVillages.COUNTY);
		mvc.perform(get("/api/v1/work-logs").header("Authorization", accounts.bearer(viewer)))
			.andExpect(status().isForbidden());
		assertThat(stored(marker)).isZero();
	}

	@Test
	void theAuthorEditsWithinSevenDaysWithTheVersionRead() throws Exception {
		CurrentUser director = accounts.create("logedit", Set.of(Role.CHILD_DIRECTOR), TestVillages.A);
		LocalDate today = Children.today();
		long id = written(director, today, "原来的内容");
		long version = jdbc.queryForObject("select version from work_log where id = ?", Long.class, id);
		Map<String, Object> change = entry(today.minusDays(1), "改正后的内容", null);
		change.put("version", version);
		mvc.perform(put("/api/v1/work-logs/{id}", id).with(TestUsers.as(TestUsers.supervisor(TestVillages.TOWNSHIP)))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(change)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/work-logs/{id}", id).with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(change)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").value("改正后的内容"))
			.andExpect(jsonPath("$.workedOn").value(today.minusDays(1).toString()))
			.andExpect(jsonPath("$.version").value((int) version + 1));
		mvc.perform(put("/api/v1/work-logs/{id}", id).with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(change)))
			.andExpect(status().isConflict());
		jdbc.update("update work_log set created_at = created_at - interval '8' day where id = ?", id);
		change.put("version", version + 1);
		mvc.perform(put("/api/v1/work-logs/{id}", id).with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(change)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("工作日志只能在填写后7天内修改"));
		mvc.perform(get("/api/v1/work-logs/{id}", id).with(TestUsers.as(director)))
			.andExpect(jsonPath("$.editable").value(false))
			.andExpect(jsonPath("$.content").value("改正后的内容"));
	}
}
