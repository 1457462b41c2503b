package org.shouhu.child.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
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

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8 item 5: a child file is read strictly. A number is not a code, a date, a text or a yes/no, and a text that
 * is only control characters, or holds a control character or a bidirectional override, is refused: 400 on the field
 * with a Chinese message, and no file is stored.
 */
@IntegrationTest
class ChildStrictInputTests {

	static final JsonMapper JSON = JsonMapper.builder().build();
	static final String CHINESE = ".*\\p{IsHan}.*";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	/** A valid file as a JSON object, so that a test can put any JSON value into it. */
	static Map<String, Object> validFile() {
		return JSON.convertValue(Children.leftBehindWithGrandparents().build(), new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	@Test
	void theValidFileIsRegistered() throws Exception {
		long before = children();
		register(validFile()).andExpect(status().isCreated());
		assertThat(children()).isEqualTo(before + 1);
	}

	@Test
	void aNumberIsNotACode() throws Exception {
		refused("guardianship", 0, "guardianship");
		refused("hukouType", 1, "hukouType");
		refused("gender", 1, "gender");
		Map<String, Object> file = validFile();
		file.put("familyIncome", List.of(0));
		refusedBody(file, "familyIncome[0]");
	}

	@Test
	void aNumberIsNotADate() throws Exception {
		// not a day count (20150301 days after 1970 is in the future, which would be refused for another reason)
		assertThat(refused("birthDate", 20150301, "birthDate")).isEqualTo("取值无效");
		assertThat(refused("birthDate", 16495, "birthDate")).isEqualTo("取值无效");
	}

	@Test
	void aNumberIsNotAText() throws Exception {
		refused("name", 123, "name");
		refused("name", 1.5, "name");
		refused("address", true, "address");
	}

	@Test
	void aNumberIsNotAYesOrNo() throws Exception {
		refused("hukouRegistered", 2, "hukouRegistered");
		refused("livingAlone", 0, "livingAlone");
	}

	@Test
	void aFractionIsNotAWholeNumber() throws Exception {
		Map<String, Object> file = validFile();
		@SuppressWarnings("unchecked")
		Map<String, Object> health = new LinkedHashMap<>((Map<String, Object>) file.get("health"));
		health.put("status", "DISABLED");
		health.put("disabilityGrade", 2.5);
		file.put("health", health);
		refusedBody(file, "health.disabilityGrade");
	}

	@Test
	void aNameOfOnlyControlCharactersIsRefusedNotStoredEmpty() throws Exception {
		assertThat(refused("name", "\u0000", "name")).isEqualTo("不能包含控制字符或改变文字方向的字符");
		assertThat(refused("name", " \u0000\t\u0007 ", "name")).isEqualTo("不能包含控制字符或改变文字方向的字符");
		assertThat(refused("name", " \t\u3000 ", "name")).isEqualTo("必填");
	}

	@Test
	void controlCharactersAndDirectionOverridesAreRefusedInNamesAndShortFields() throws Exception {
		refused("name", "王小\u0000明", "name");
		refused("name", "王小明\u202E", "name");
		refused("name", "\u2066王小明", "name");
		refused("address", "凤州镇\n某村", "address");
		refused("ethnicity", "汉\u001b族", "ethnicity");
		Map<String, Object> file = validFile();
		@SuppressWarnings("unchecked")
		Map<String, Object> father = new LinkedHashMap<>((Map<String, Object>) file.get("father"));
		father.put("name", "王\u202D大");
		file.put("father", father);
		refusedBody(file, "father.name");
	}

	@Test
	void remarksMayHoldLineBreaksButNoOtherControlCharacters() throws Exception {
		Map<String, Object> file = validFile();
		file.put("remarks", "第一行\r\n第二行\t完");
		String body = register(file).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.remarks")).isEqualTo("第一行\r\n第二行\t完");
		refused("remarks", "备注\u0000", "remarks");
		refused("remarks", "备注\u202E", "remarks");
	}

	@Test
	void anUpdateIsReadAsStrictlyAndChangesNothing() throws Exception {
		String created = register(validFile()).andExpect(status().isCreated()).andReturn().getResponse()
				.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		Map<String, Object> file = JSON.readValue(created, new TypeReference<LinkedHashMap<String, Object>>() {
		});
		file.put("guardianship", 0);
		problem(mvc.perform(put("/api/v1/children/{id}", id).with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(file))), "guardianship");
		file.put("guardianship", null);
		file.put("name", "\u0000");
		problem(mvc.perform(put("/api/v1/children/{id}", id).with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(file))), "name");
		assertThat(jdbc.queryForObject("select version from child where id = ?", Long.class, id))
				.isEqualTo(((Number) JsonPath.read(created, "$.version")).longValue());
	}

	private String refused(String field, Object value, String path) throws Exception {
		Map<String, Object> file = validFile();
		file.put(field, value);
		return refusedBody(file, path);
	}

	private String refusedBody(Map<String, Object> file, String path) throws Exception {
		long before = children();
		String message = problem(register(file), path);
		assertThat(children()).as("no file stored for %s", path).isEqualTo(before);
		return message;
	}

	private String problem(ResultActions result, String path) throws Exception {
		String body = result.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("输入有误"))
				.andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem(path)))
				.andReturn().getResponse().getContentAsString();
		List<String> messages = JsonPath.read(body, "$.errors[?(@.field == '" + path + "')].message");
		assertThat(messages).as(body).isNotEmpty().allMatch(m -> m.matches(CHINESE));
		return messages.get(0);
	}

	private ResultActions register(Map<String, Object> file) throws Exception {
		return mvc.perform(post("/api/v1/children").with(TestUsers.as(director))
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(file)));
	}

	private long children() {
		return jdbc.queryForObject("select count(*) from child", Long.class);
	}
}
