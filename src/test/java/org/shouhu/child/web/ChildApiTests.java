package org.shouhu.child.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.child.ChildFile;
import org.shouhu.child.Gender;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.SituationType;
import org.shouhu.testing.Children;
import org.shouhu.testing.IdNumbers;
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
class ChildApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final CurrentUser director = TestUsers.director(TestVillages.A);

	ResultActions create(CurrentUser user, ChildFile file) throws Exception {
		return mvc.perform(post("/api/v1/children").with(TestUsers.as(user)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(file)));
	}

	ResultActions createJson(CurrentUser user, String json) throws Exception {
		return mvc.perform(post("/api/v1/children").with(TestUsers.as(user)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	long register(CurrentUser user, ChildFile file) throws Exception {
		String body = create(user, file).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void registersTheApiExampleWithCategoriesAndBasis() throws Exception {
		String id = IdNumbers.random(LocalDate.of(2015, 3, 1), Gender.MALE);
		String json = """
				{
				  "name": "王小明", "idNumber": "%s", "gender": "MALE",
				  "birthDate": "2015-03-01", "ethnicity": "汉族",
				  "hukouRegistered": true, "hukouType": "RURAL", "hukouAddress": "陕西省宝鸡市凤县",
				  "villageCode": "610330101200", "address": "凤州镇某村3组",
				  "health": {"status": "HEALTHY", "disabilityType": null, "disabilityGrade": null, "illness": null},
				  "schooling": {"status": "PRIMARY", "schoolName": "凤州镇中心小学", "boarding": false},
				  "father": {"name": "王大", "idNumber": null, "phone": "13800000000", "birthDate": null,
				             "situations": [{"type": "OUT_MIGRANT", "since": "2023-02-01", "until": null}],
				             "workplace": "广东省深圳市"},
				  "mother": {"name": "李二", "situations": [{"type": "OUT_MIGRANT"}], "workplace": "浙江省温州市"},
				  "caregiver": {"name": "王老汉", "phone": "13900000000", "relation": "PATERNAL_GRANDPARENT",
				                "address": "同住", "confirmationSignedOn": "2024-03-10"},
				  "guardianship": "FAIR",
				  "livingAlone": false,
				  "familyIncome": ["WAGES", "FARMING"],
				  "familyAssistance": []
				}""".formatted(id);
		String body = createJson(director, json).andExpect(status().isCreated())
				.andExpect(header().string("Location", containsString("/api/v1/children/")))
				.andExpect(jsonPath("$.id").isNumber())
				.andExpect(jsonPath("$.version").isNumber())
				.andExpect(jsonPath("$.status").value("ACTIVE"))
				.andExpect(jsonPath("$.age").isNumber())
				.andExpect(jsonPath("$.name").value("王小明"))
				.andExpect(jsonPath("$.idNumber").value(id))
				.andExpect(jsonPath("$.father.phone").value("13800000000"))
				.andExpect(jsonPath("$.father.situations[0].type").value("OUT_MIGRANT"))
				.andExpect(jsonPath("$.father.situations[0].since").value("2023-02-01"))
				.andExpect(jsonPath("$.caregiver.relation").value("PATERNAL_GRANDPARENT"))
				.andExpect(jsonPath("$.familyIncome[1]").value("FARMING"))
				.andExpect(jsonPath("$.categories[0].code").value("LEFT_BEHIND"))
				.andExpect(jsonPath("$.categories[0].label").value("农村留守儿童"))
				.andExpect(jsonPath("$.categories[0].basis").isNotEmpty())
				.andExpect(jsonPath("$.villageName").value("龙口村委会"))
				.andReturn().getResponse().getContentAsString();
		assertThat(((Number) JsonPath.read(body, "$.age")).intValue()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void storesIdAndPhoneNumbersEncrypted() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		long id = register(director, child.build());
		var row = jdbc.queryForMap("select id_number, id_number_hash, father_phone, name_pinyin from child where id = ?", id);
		assertThat((String) row.get("id_number")).doesNotContain(child.idNumber()).startsWith("v1:");
		assertThat((String) row.get("father_phone")).doesNotContain("13800000000");
		assertThat((String) row.get("id_number_hash")).hasSize(64);
	}

	@Test
	void refusesAnInvalidIdNumber() throws Exception {
		ChildFile file = Children.leftBehindWithGrandparents()
				.idNumber(IdNumbers.withWrongCheck(IdNumbers.random(LocalDate.of(2015, 3, 1), Gender.MALE)))
				.born(LocalDate.of(2015, 3, 1)).build();
		create(director, file).andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message").value(hasItem(containsString("身份证号码"))));
	}

	@Test
	void refusesBirthDateAndGenderThatDisagreeWithTheIdNumber() throws Exception {
		String id = IdNumbers.random(LocalDate.of(2015, 3, 1), Gender.MALE);
		ChildFile file = Children.leftBehindWithGrandparents().idNumber(id).birthDateOnly(LocalDate.of(2015, 3, 2))
				.genderOnly(Gender.FEMALE).build();
		create(director, file).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("birthDate")))
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("gender")))
				.andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message").value(hasItem("出生日期与身份证号码不一致")));
	}

	@Test
	void refusesUnknownVillageOrNonVillageCode() throws Exception {
		create(director, Children.leftBehindWithGrandparents().village("610330101999").build()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("villageCode")));
		create(TestUsers.civilAffairs(TestVillages.COUNTY), Children.leftBehindWithGrandparents().village(TestVillages.TOWNSHIP).build())
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("villageCode")));
	}

	@Test
	void refusesVillageOutsideTheCallersJurisdiction() throws Exception {
		create(director, Children.leftBehindWithGrandparents().village(TestVillages.B).build()).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'villageCode')].message").value(hasItem("不在您的管辖范围内")));
	}

	@Test
	void reportsEveryMissingRequiredFieldAtOnce() throws Exception {
		createJson(director, "{\"hukouRegistered\": true}").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "gender", "birthDate",
						"villageCode", "idNumber")));
	}

	@Test
	void acceptsAChildWithoutHukouAndWithoutIdNumber() throws Exception {
		create(director, Children.leftBehindWithGrandparents().withoutHukou().build()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.hukouRegistered").value(false));
		create(director, Children.leftBehindWithGrandparents().withoutHukou().build()).andExpect(status().isCreated());
	}

	@Test
	void refusesInvalidParentAndCaregiverNumbers() throws Exception {
		ChildFile file = Children.leftBehindWithGrandparents()
				.father(new ChildFile.Parent("王大", "610330198501011234", "1234", null,
						List.of(new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, null, null)), null))
				.caregiver(new ChildFile.Caregiver("王老汉", "12345", "029-8888888", null, null, null))
				.build();
		create(director, file).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("father.idNumber",
						"father.phone", "caregiver.idNumber")))
				.andExpect(jsonPath("$.errors[*].field").value(not(hasItem("caregiver.phone"))));
	}

	@Test
	void refusesDisabilityGradeOutsideOneToFour() throws Exception {
		create(director, Children.leftBehindWithGrandparents()
				.health(new ChildFile.Health(HealthStatus.DISABLED, "肢体", 5, null)).build())
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("health.disabilityGrade")));
	}

	@Test
	void refusesSituationEndingBeforeItStartsAndFutureDates() throws Exception {
		ChildFile file = Children.leftBehindWithGrandparents()
				.born(Children.today().plusDays(3))
				.father(new ChildFile.Parent("王大", null, null, null,
						List.of(new ChildFile.ParentSituation(SituationType.IMPRISONED, LocalDate.of(2024, 5, 1),
								LocalDate.of(2024, 1, 1))), null))
				.mother(new ChildFile.Parent("李二", null, null, null,
						List.of(new ChildFile.ParentSituation(SituationType.LOST_CONTACT, Children.today().plusDays(1), null)),
						null))
				.caregiver(new ChildFile.Caregiver("王老汉", null, null, null, null, Children.today().plusDays(2)))
				.build();
		create(director, file).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("birthDate",
						"father.situations[0].until", "mother.situations[0].since", "caregiver.confirmationSignedOn")));
	}

	@Test
	void refusesUnknownCodesNamingTheField() throws Exception {
		String json = JSON.writeValueAsString(Children.leftBehindWithGrandparents().build())
				.replace("\"OUT_MIGRANT\"", "\"ABROAD\"");
		createJson(director, json).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(containsString("situations[0].type")));
	}

	@Test
	void savesNothingOnInvalidInput() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents()
				.health(new ChildFile.Health(HealthStatus.DISABLED, null, 9, null));
		create(director, child.build()).andExpect(status().isBadRequest());
		create(director, child.health(null).build()).andExpect(status().isCreated());
	}

	@Test
	void refusesSecondFileWithSameIdNumberNamingTheTownship() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		register(director, child.build());
		CurrentUser elsewhere = TestUsers.director(TestVillages.TAIBAI);
		create(elsewhere, child.name("李四").village(TestVillages.TAIBAI).build())
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("该身份证号码已在陕西省宝鸡市凤县凤州镇建档，儿童迁移请办理档案转移"));
	}

	@Test
	void readsTheWholeFileWithFullNumbers() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		long id = register(director, child.build());
		mvc.perform(get("/api/v1/children/{id}", id).with(TestUsers.as(director)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(id))
				.andExpect(jsonPath("$.idNumber").value(child.idNumber()))
				.andExpect(jsonPath("$.caregiver.phone").value("13900000000"))
				.andExpect(jsonPath("$.categories[0].code").value("LEFT_BEHIND"));
	}

	@Test
	void updatesWithTheCurrentVersionAndRecomputesCategories() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		long id = register(director, child.build());
		mvc.perform(put("/api/v1/children/{id}", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(child.father(SituationType.DECEASED).mother(SituationType.DECEASED)
						.version(0).build())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.categories[*].code").value(org.hamcrest.Matchers.contains("ORPHAN", "GUARDIANSHIP_DIFFICULTY")));
	}

	@Test
	void refusesStaleVersion() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		long id = register(director, child.build());
		String update = JSON.writeValueAsString(child.remarks("第一次修改").version(0).build());
		mvc.perform(put("/api/v1/children/{id}", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(update)).andExpect(status().isOk());
		mvc.perform(put("/api/v1/children/{id}", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(child.remarks("第二次修改").version(0).build())))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("该档案已被他人修改，请刷新后重新编辑"));
	}

	@Test
	void refusesUpdateWithoutVersion() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		long id = register(director, child.build());
		mvc.perform(put("/api/v1/children/{id}", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(child.build())))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("version")));
	}

	@Test
	void exitsOnceAndRefusesASecondExit() throws Exception {
		long id = register(director, Children.leftBehindWithGrandparents().build());
		String exit = "{\"reason\":\"PARENTS_RETURNED\",\"date\":\"" + Children.today().minusDays(1) + "\",\"note\":\"父母均已返乡\"}";
		mvc.perform(post("/api/v1/children/{id}/exit", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(exit))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("EXITED"))
				.andExpect(jsonPath("$.exitReason").value("PARENTS_RETURNED"))
				.andExpect(jsonPath("$.exitNote").value("父母均已返乡"));
		mvc.perform(post("/api/v1/children/{id}/exit", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(exit))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void refusesExitInTheFutureOrBeforeBirthOrWithoutReason() throws Exception {
		long id = register(director, Children.leftBehindWithGrandparents().build());
		mvc.perform(post("/api/v1/children/{id}/exit", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + Children.today().plusDays(1) + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("reason", "date")));
		mvc.perform(post("/api/v1/children/{id}/exit", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"MOVED_AWAY\",\"date\":\"2000-01-01\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("date")));
		mvc.perform(get("/api/v1/children/{id}", id).with(TestUsers.as(director)))
				.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void reactivatesAnExitedFileOnlyOnce() throws Exception {
		long id = register(director, Children.leftBehindWithGrandparents().build());
		mvc.perform(post("/api/v1/children/{id}/exit", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"OTHER\",\"date\":\"" + Children.today() + "\"}"))
				.andExpect(status().isOk());
		mvc.perform(post("/api/v1/children/{id}/reactivate", id).with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACTIVE"));
		mvc.perform(post("/api/v1/children/{id}/reactivate", id).with(TestUsers.as(director)).with(csrf()))
				.andExpect(status().isConflict());
	}

	@Test
	void showsHistoryNewestFirstWithMaskedIdNumbers() throws Exception {
		Children.Builder child = Children.leftBehindWithGrandparents();
		long id = register(director, child.build());
		String newFatherId = IdNumbers.adult();
		mvc.perform(put("/api/v1/children/{id}", id).with(TestUsers.as(director)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(child.father(new ChildFile.Parent("王大", newFatherId, "13811112222", null,
						List.of(new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, null, null)), null)).version(0).build())))
				.andExpect(status().isOk());
		String masked = newFatherId.substring(0, 6) + "********" + newFatherId.substring(14);
		String body = mvc.perform(get("/api/v1/children/{id}/history", id).with(TestUsers.as(director)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2))
				.andExpect(jsonPath("$[0].actor").value(director.displayName()))
				.andExpect(jsonPath("$[0].at").isNotEmpty())
				.andExpect(jsonPath("$[0].changes[?(@.field == 'father.idNumber')].to").value(hasItem(masked)))
				.andExpect(jsonPath("$[0].changes[?(@.field == 'father.phone')].from").value(hasItem("138****0000")))
				.andExpect(jsonPath("$[0].changes[?(@.field == 'father.phone')].to").value(hasItem("138****2222")))
				.andExpect(jsonPath("$[1].changes[?(@.field == 'name')].to").value(hasItem(child.build().name())))
				.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(newFatherId).doesNotContain(child.idNumber()).doesNotContain("13811112222");
	}
}
