package org.shouhu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ApplicationStartsTests {

	@Autowired
	Regions regions;

	@Test
	void loadsTheSelectedRegionSubtreesWithTheirAncestors() {
		assertThat(regions.find("61")).get().extracting(r -> r.getName()).isEqualTo("陕西省");
		assertThat(regions.find("610330101").orElseThrow().getLevel()).isEqualTo(RegionLevel.TOWNSHIP);
		assertThat(regions.fullName("610330101")).isEqualTo("陕西省宝鸡市凤县凤州镇");
		assertThat(regions.find("11")).isEmpty();
	}
}
