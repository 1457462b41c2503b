package org.shouhu.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.PageTest;
import org.shouhu.testing.TestUsers;
import org.shouhu.testing.UnusedRegions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import pages: the progress part while a job runs (first the pass that counts the workbook's rows, so no
 * "0 / 0", then the rows processed of the total), and the list of recent imports, which shows a county the imports of
 * its villages with who started them.
 */
@PageTest
class ImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UnusedRegions unused;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRunningJobSaysItIsCountingUntilItKnowsTheTotalThenShowsTheRowsDone() throws Exception {
		CurrentUser officer = accounts.create("impprog", Set.of(Role.CIVIL_AFFAIRS), unused.village().substring(0, 6));
		CurrentUser colleague = accounts.create("impprog2", Set.of(Role.CHILD_DIRECTOR), unused.village());
		jdbc.update("""
				insert into import_job (status, owner_id, owner_username, actor_name, jurisdiction, file_name, started_at)
				values ('RUNNING', ?, ?, ?, ?, '台账.xlsx', ?)""", officer.id(), officer.username(),
				officer.displayName(), officer.jurisdiction(), Timestamp.from(Instant.now()));
		long id = jdbc.queryForObject("select max(id) from import_job where owner_id = ?", Long.class, officer.id());

		String counting = progress(officer, id);
		assertThat(counting).contains("正在读取文件，清点数据行").doesNotContain("0 / 0");

		jdbc.update("update import_job set total_rows = 12000, processed_rows = 3000 where id = ?", id);
		String running = progress(officer, id);
		assertThat(running).contains("正在导入：已处理 3,000 / 12,000 行").contains("value=\"25\"")
			.doesNotContain("正在读取文件");

		mvc.perform(get("/imports/{id}/progress", id).with(TestUsers.as(colleague))).andExpect(status().isNotFound());
		jdbc.update("update import_job set status = 'FAILED', finished_at = ? where id = ?",
				Timestamp.from(Instant.now()), id);
	}

	@Test
	void theCountysListShowsTheImportsOfItsVillagesWithWhoStartedThemAndOthersSeeThemNot() throws Exception {
		String village = unused.village();
		CurrentUser director = accounts.create("implist", Set.of(Role.CHILD_DIRECTOR), village);
		CurrentUser county = accounts.create("implistcivil", Set.of(Role.CIVIL_AFFAIRS), village.substring(0, 6));
		CurrentUser neighbour = accounts.create("implistother", Set.of(Role.CHILD_DIRECTOR), unused.village());
		jdbc.update("""
				insert into import_job (status, owner_id, owner_username, actor_name, jurisdiction, file_name, total_rows,
				                        processed_rows, imported, started_at, finished_at)
				values ('DONE', ?, ?, '李主任', ?, '村台账-implist.xlsx', 12, 12, 12, ?, ?)""", director.id(),
				director.username(), village, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));

		for (CurrentUser seer : java.util.List.of(director, county)) {
			assertThat(list(seer)).contains("村台账-implist.xlsx", "李主任");
		}
		assertThat(list(neighbour)).doesNotContain("村台账-implist.xlsx");
	}

	private String list(CurrentUser user) throws Exception {
		return mvc.perform(get("/imports").with(TestUsers.as(user))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private String progress(CurrentUser user, long id) throws Exception {
		return mvc.perform(get("/imports/{id}/progress", id).with(TestUsers.as(user))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}
}
