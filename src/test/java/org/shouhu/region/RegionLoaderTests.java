package org.shouhu.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RegionLoaderTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	private static final String ROWS = "select code, name, level, parent_code from region order by code";

	@Test
	void selectsTheNamedSubtreesWithTheirAncestors() {
		RegionLoader loader = loader("6103, 4403");

		assertThat(loader.isSelected("61")).isTrue();
		assertThat(loader.isSelected("6103")).isTrue();
		assertThat(loader.isSelected("610330")).isTrue();
		assertThat(loader.isSelected("610330101")).isTrue();
		assertThat(loader.isSelected("610330101001")).isTrue();
		assertThat(loader.isSelected("44")).isTrue();
		assertThat(loader.isSelected("440304")).isTrue();
	}

	@Test
	void leavesOutSiblingsAndOtherProvinces() {
		RegionLoader loader = loader("610330");

		assertThat(loader.isSelected("61")).isTrue();
		assertThat(loader.isSelected("6103")).isTrue();
		assertThat(loader.isSelected("610331")).isFalse();
		assertThat(loader.isSelected("610331100001")).isFalse();
		assertThat(loader.isSelected("6101")).isFalse();
		assertThat(loader.isSelected("11")).isFalse();
		assertThat(loader.isSelected("110101")).isFalse();
	}

	@Test
	void selectsAllOfChinaWithoutSelectionOrWithCN() {
		for (String selection : List.of("", " ", "CN", "6103,CN")) {
			RegionLoader loader = loader(selection);
			assertThat(loader.selectsAll()).as(selection).isTrue();
			assertThat(loader.isSelected("110101001001")).as(selection).isTrue();
		}
		assertThat(loader("6103").selectsAll()).isFalse();
	}

	@Test
	void loadsTheSelectionIntoAnEmptyTableAndLeavesAFilledTableAlone() throws SQLException {
		// Into a scratch schema on this database (H2 batch or PostgreSQL COPY), compared with what the application loaded.
		List<Map<String, Object>> loaded = jdbc.queryForList(ROWS);
		boolean postgres;
		try (Connection connection = dataSource.getConnection()) {
			postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			SingleConnectionDataSource scratch = new SingleConnectionDataSource(connection, true);
			JdbcTemplate scratchJdbc = new JdbcTemplate(scratch);
			scratchJdbc.execute("drop schema if exists region_loader_test cascade");
			scratchJdbc.execute("create schema region_loader_test");
			scratchJdbc.execute(postgres ? "set search_path to region_loader_test" : "set schema region_loader_test");
			try {
				scratchJdbc.execute("create table region (code varchar(12) not null primary key, name varchar(100) not null, "
						+ "level varchar(10) not null, parent_code varchar(12))");
				TransactionTemplate scratchTransactions = new TransactionTemplate(new DataSourceTransactionManager(scratch));

				new RegionLoader(scratchJdbc, scratchTransactions, "6103,6104,6105,4403").run(new DefaultApplicationArguments());
				assertThat(scratchJdbc.queryForList(ROWS)).isEqualTo(loaded).hasSizeGreaterThan(1000);
				assertThat(scratchJdbc.queryForMap("select name, level, parent_code from region where code = '610330101'"))
						.containsEntry("name", "凤州镇").containsEntry("level", "TOWNSHIP").containsEntry("parent_code", "610330");
				assertThat(scratchJdbc.queryForObject("select parent_code from region where code = '61'", String.class)).isNull();

				new RegionLoader(scratchJdbc, scratchTransactions, "11").run(new DefaultApplicationArguments());
				assertThat(scratchJdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(loaded.size());
			}
			finally {
				scratchJdbc.execute(postgres ? "set search_path to public" : "set schema public");
				scratchJdbc.execute("drop schema region_loader_test cascade");
			}
		}
	}

	private RegionLoader loader(String selection) {
		return new RegionLoader(jdbc, transactions, selection);
	}
}
