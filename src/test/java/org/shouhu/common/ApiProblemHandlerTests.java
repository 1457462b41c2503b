package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class ApiProblemHandlerTests {

	static final String BASE = "/api/v1/test-problems";
	static final String CHINESE = ".*\\p{IsHan}.*";

	/** A valid form: each test breaks one part of it. */
	static final String VALID_FORM = """
			{"name":"王小明","nickname":"小明","phone":"13800000000","age":9,"birthDate":"2015-03-01",
			 "visitedOn":"2024-05-01","email":"a@example.cn","items":[{"kind":"VISIT","note":"家访"}]}""";

	@Autowired
	MockMvc mvc;

	@Test
	void invalidInputIs400WithFieldAndChineseMessage() throws Exception {
		problem(get(BASE + "/invalid"), 400)
				.andExpect(jsonPath("$.title").value("输入有误"))
				.andExpect(jsonPath("$.detail").value("身份证号码校验位不正确"))
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
				.andExpect(jsonPath("$.errors[0].message").value("身份证号码校验位不正确"));
	}

	@Test
	void notFoundIs404WithItsMessage() throws Exception {
		problem(get(BASE + "/not-found"), 404)
				.andExpect(jsonPath("$.title").value("未找到"))
				.andExpect(jsonPath("$.detail").value("没有这个儿童档案"));
	}

	@Test
	void conflictIs409WithItsMessage() throws Exception {
		problem(get(BASE + "/conflict"), 409)
				.andExpect(jsonPath("$.title").value("冲突"))
				.andExpect(jsonPath("$.detail").value("该身份证号码已建档"));
	}

	@Test
	void transitionNotAllowedNowIs409WithTheMessageOfItsKey() throws Exception {
		problem(get(BASE + "/not-allowed-now"), 409)
				.andExpect(jsonPath("$.title").value("当前状态不允许此操作"))
				.andExpect(jsonPath("$.detail").value("该档案已减员，不能重复减员"));
	}

	@Test
	void unexpectedIllegalStateIs500WithoutItsMessage() throws Exception {
		problem(get(BASE + "/illegal-state"), 500)
				.andExpect(jsonPath("$.title").value("服务器内部错误"))
				.andExpect(jsonPath("$.detail").value(Matchers.matchesPattern(CHINESE)))
				.andExpect(content().string(Matchers.not(Matchers.containsString("connection"))))
				.andExpect(content().string(Matchers.not(Matchers.containsString("jdbc"))));
	}

	@Test
	void pagingOutsideItsBoundsIs400OnTheField() throws Exception {
		problem(get(BASE + "/paged").param("size", "0"), 400)
				.andExpect(jsonPath("$.errors[0].field").value("size"))
				.andExpect(jsonPath("$.errors[0].message").value("每页条数应为1至200"));
		problem(get(BASE + "/paged").param("size", "201"), 400)
				.andExpect(jsonPath("$.errors[0].field").value("size"));
		problem(get(BASE + "/paged").param("page", "-1"), 400)
				.andExpect(jsonPath("$.errors[0].field").value("page"))
				.andExpect(jsonPath("$.errors[0].message").value("页码不能为负数"));
		problem(get(BASE + "/paged").param("page", String.valueOf(Integer.MAX_VALUE)).param("size", "200"), 400)
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].field").value("page"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.matchesPattern(CHINESE)));
		problem(get(BASE + "/paged").param("page", "-1").param("size", "0"), 400)
				.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("page", "size")));
		mvc.perform(get(BASE + "/paged").param("page", "3").param("size", "200").with(tester()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.page").value(3))
				.andExpect(jsonPath("$.size").value(200));
	}

	@Test
	void forbiddenIs403WithItsMessage() throws Exception {
		problem(get(BASE + "/forbidden"), 403)
				.andExpect(jsonPath("$.title").value("无权操作"))
				.andExpect(jsonPath("$.detail").value("无权查看此档案"));
	}

	@Test
	void staleVersionIs409WithChineseMessageInsteadOfTheTechnicalOne() throws Exception {
		problem(get(BASE + "/stale"), 409)
				.andExpect(jsonPath("$.title").value("数据已被他人修改"))
				.andExpect(jsonPath("$.detail").value("该记录已被他人修改，请刷新后重新编辑"))
				.andExpect(content().string(Matchers.not(Matchers.containsString("transaction"))));
	}

	@Test
	void storedDataThatCannotBeDecryptedIsAServerErrorNotAConflict() throws Exception {
		problem(get(BASE + "/unreadable-stored-data"), 500)
				.andExpect(jsonPath("$.detail").value("加密数据无法读取，请联系系统管理员"))
				.andExpect(content().string(Matchers.not(Matchers.containsString("decryption"))));
	}

	@Test
	void validFormPassesThrough() throws Exception {
		mvc.perform(post(BASE + "/forms").with(tester()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content(VALID_FORM))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.name").value("王小明"));
	}

	@Test
	void beanValidationFailureNamesTheFieldInChinese() throws Exception {
		String body = problem(postForm(VALID_FORM.replace("\"name\":\"王小明\"", "\"name\":\"  \"")), 400)
				.andExpect(jsonPath("$.title").value("输入有误"))
				.andExpect(jsonPath("$.errors.length()").value(1))
				.andExpect(jsonPath("$.errors[0].field").value("name"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.matchesPattern(CHINESE)))
				.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(body, "$.detail")).matches(CHINESE);
	}

	@Test
	void everyBrokenConstraintIsReportedWithItsPathAndAChineseMessage() throws Exception {
		String broken = """
				{"name":"","nickname":"明","phone":"12345","age":18,"birthDate":"2999-01-01",
				 "visitedOn":"2999-01-01","email":"not-an-address",
				 "items":[{"kind":"VISIT"},{"kind":null},{"kind":"CALL","note":"这条备注太长了"}]}""";
		String body = problem(postForm(broken), 400).andReturn().getResponse().getContentAsString();

		List<Map<String, String>> errors = JsonPath.read(body, "$.errors");
		assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("name", "nickname", "phone", "age",
				"birthDate", "visitedOn", "email", "items[1].kind", "items[2].note");
		assertThat(errors).allSatisfy(error -> assertThat(error.get("message")).as(error.get("field"))
				.matches(CHINESE)
				.doesNotContainPattern("[A-Za-z]"));
	}

	@Test
	void chineseValidationMessagesSayWhatIsExpected() throws Exception {
		assertThat(messageFor("\"name\":\"王小明\"", "\"name\":null", "name")).isEqualTo("必填");
		assertThat(messageFor("\"nickname\":\"小明\"", "\"nickname\":\"明\"", "nickname")).contains("2").contains("4");
		assertThat(messageFor("\"age\":9", "\"age\":18", "age")).contains("17");
		assertThat(messageFor("\"age\":9", "\"age\":-1", "age")).contains("0");
		assertThat(messageFor("\"items\":[{\"kind\":\"VISIT\",\"note\":\"家访\"}]", "\"items\":null", "items"))
				.isEqualTo("必填");
	}

	@Test
	void unknownEnumValueNamesTheJsonPath() throws Exception {
		problem(postForm(VALID_FORM.replace("\"kind\":\"VISIT\"", "\"kind\":\"PARTY\"")), 400)
				.andExpect(jsonPath("$.title").value("输入有误"))
				.andExpect(jsonPath("$.errors[0].field").value("items[0].kind"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.matchesPattern(CHINESE)));
	}

	@Test
	void wrongTypeInJsonNamesTheField() throws Exception {
		problem(postForm(VALID_FORM.replace("\"age\":9", "\"age\":\"nine\"")), 400)
				.andExpect(jsonPath("$.errors[0].field").value("age"));
		problem(postForm(VALID_FORM.replace("\"birthDate\":\"2015-03-01\"", "\"birthDate\":\"2015-02-30\"")), 400)
				.andExpect(jsonPath("$.errors[0].field").value("birthDate"));
	}

	@Test
	void malformedJsonIs400NotAServerError() throws Exception {
		problem(postForm("{\"name\": \"王小明\", "), 400)
				.andExpect(jsonPath("$.title").value(Matchers.matchesPattern(CHINESE)))
				.andExpect(jsonPath("$.detail").value(Matchers.matchesPattern(CHINESE)));
		problem(postForm("not json at all"), 400)
				.andExpect(jsonPath("$.detail").value(Matchers.matchesPattern(CHINESE)));
	}

	@Test
	void missingBodyIs400() throws Exception {
		problem(postForm(""), 400).andExpect(jsonPath("$.detail").value(Matchers.matchesPattern(CHINESE)));
	}

	@Test
	void missingRequestParameterIsNamed() throws Exception {
		problem(get(BASE + "/pages"), 400)
				.andExpect(jsonPath("$.errors[0].field").value("page"))
				.andExpect(jsonPath("$.errors[0].message").value("必填"));
	}

	@Test
	void requestParameterOfWrongTypeIsNamed() throws Exception {
		problem(get(BASE + "/pages").param("page", "first"), 400)
				.andExpect(jsonPath("$.errors[0].field").value("page"))
				.andExpect(jsonPath("$.errors[0].message").value("取值无效"));
	}

	@Test
	void constraintOnRequestParameterIsNamedInChinese() throws Exception {
		problem(get(BASE + "/bounded-pages").param("page", "0"), 400)
				.andExpect(jsonPath("$.errors[0].field").value("page"))
				.andExpect(jsonPath("$.errors[0].message").value(Matchers.matchesPattern(CHINESE)));
	}

	@Test
	void queryObjectWithWrongValueIsNamedInChineseWithoutConversionDetails() throws Exception {
		problem(get(BASE + "/search").param("page", "first").param("kind", "VISIT"), 400)
				.andExpect(jsonPath("$.errors[0].field").value("page"))
				.andExpect(jsonPath("$.errors[0].message").value("取值无效"))
				.andExpect(content().string(Matchers.not(Matchers.containsString("convert"))));
		problem(get(BASE + "/search").param("kind", "PARTY"), 400)
				.andExpect(jsonPath("$.errors[0].field").value("kind"))
				.andExpect(jsonPath("$.errors[0].message").value("取值无效"));
	}

	@Test
	void unsupportedContentTypeIs415() throws Exception {
		problem(post(BASE + "/forms").contentType(MediaType.TEXT_PLAIN).content("王小明"), 415)
				.andExpect(jsonPath("$.title").value(Matchers.matchesPattern(CHINESE)));
	}

	@Test
	void unknownApiAddressIs404Problem() throws Exception {
		problem(get(BASE + "/no-such-thing"), 404).andExpect(jsonPath("$.title").value("未找到"));
	}

	@Test
	void wrongMethodIs405Problem() throws Exception {
		problem(post(BASE + "/invalid"), 405)
				.andExpect(jsonPath("$.detail").value(Matchers.containsString("POST")))
				.andExpect(header().string("Allow", Matchers.containsString("GET")));
	}

	@Test
	void unknownPageAddressIsNotAnsweredWithProblemDetails() throws Exception {
		mvc.perform(get("/no-such-page").with(tester()))
				.andExpect(status().isNotFound())
				.andExpect(result -> assertThat(String.valueOf(result.getResponse().getContentType())).doesNotContain("problem"));
	}

	private String messageFor(String original, String replacement, String field) throws Exception {
		String body = problem(postForm(VALID_FORM.replace(original, replacement)), 400).andReturn()
				.getResponse().getContentAsString();
		List<String> messages = JsonPath.read(body, "$.errors[?(@.field == '" + field + "')].message");
		assertThat(messages).as(body).hasSize(1);
		return messages.get(0);
	}

	private MockHttpServletRequestBuilder postForm(String json) {
		return post(BASE + "/forms").contentType(MediaType.APPLICATION_JSON).content(json);
	}

	/** Performs the request as an authenticated user and checks the problem-details envelope. */
	private ResultActions problem(MockHttpServletRequestBuilder request, int status) throws Exception {
		return mvc.perform(request.with(tester()).with(csrf()))
				.andExpect(status().is(status))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(status))
				.andExpect(jsonPath("$.title").value(Matchers.matchesPattern(CHINESE)))
				.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	private static RequestPostProcessor tester() {
		CurrentUser user = new CurrentUser(-1, "tester", "测试员", Set.of(Role.CIVIL_AFFAIRS), "610330", null);
		return authentication(new UsernamePasswordAuthenticationToken(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_CIVIL_AFFAIRS"))));
	}
}
