package org.shouhu.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class UnusedRegionsTests {

	@Autowired
	UnusedRegions unused;

	@Autowired
	Regions regions;

	@Autowired
	CareFixtures care;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyCountyToHandOutIsACountyOfTheTestTableOutsideTheSharedFixtures() {
		assertThat(UnusedRegions.COUNTIES).doesNotHaveDuplicates()
			.doesNotContain(TestVillages.COUNTY, TestVillages.TAIBAI.substring(0, 6), TestVillages.SHENZHEN.substring(0, 6))
			.allSatisfy(county -> {
				assertThat(regions.find(county)).hasValueSatisfying(r -> assertThat(r.getLevel()).isEqualTo(RegionLevel.COUNTY));
				assertThat(regions.children(county)).as("townships of %s", county).hasSizeGreaterThanOrEqualTo(3);
			});
	}

	@Test
	void villagesAndTownshipsAreHandedOutOnceAndOnlyWithoutFiles() {
		String village = unused.village();
		String township = unused.township();
		String county = village.substring(0, 6);
		String villageOfTheCounty = unused.village(county);

		assertThat(List.of(village, township.substring(0, 9), villageOfTheCounty)).doesNotHaveDuplicates();
		assertThat(village.substring(0, 9)).isNotEqualTo(township);
		assertThat(villageOfTheCounty).startsWith(county);
		for (String code : List.of(village, township, villageOfTheCounty)) {
			assertThat(filesIn(code)).as(code).isZero();
		}

		care.child(village);
		assertThat(unused.village()).isNotEqualTo(village);
		assertThat(unused.village(county)).isNotEqualTo(villageOfTheCounty);
		assertThat(unused.township()).isNotEqualTo(township);
	}

	private long filesIn(String code) {
		return jdbc.queryForObject("select count(*) from child where village_code like ?", Long.class, code + "%");
	}
}
