package org.shouhu.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RegionsTests {

	@Autowired
	Regions regions;

	@Test
	void tellsWhetherACodeLiesInsideAJurisdiction() {
		assertThat(Regions.within("610330", "610330101001")).isTrue();
		assertThat(Regions.within("610330", "610330")).isTrue();
		assertThat(Regions.within("610330101", "610330101001")).isTrue();
		assertThat(Regions.within("CN", "440304")).isTrue();
		assertThat(Regions.within("CN", "CN")).isTrue();
		assertThat(Regions.within("610330", "610331100001")).isFalse();
		assertThat(Regions.within("610330", "6103")).isFalse();
		assertThat(Regions.within("610330", "CN")).isFalse();
		assertThat(Regions.within(null, "610330")).isFalse();
		assertThat(Regions.within("610330", null)).isFalse();
	}

	@Test
	void givesTheAncestorCodeAtALevel() {
		String village = "610330101001";
		assertThat(Regions.ancestorCode(village, RegionLevel.COUNTRY)).isEqualTo("CN");
		assertThat(Regions.ancestorCode(village, RegionLevel.PROVINCE)).isEqualTo("61");
		assertThat(Regions.ancestorCode(village, RegionLevel.CITY)).isEqualTo("6103");
		assertThat(Regions.ancestorCode(village, RegionLevel.COUNTY)).isEqualTo("610330");
		assertThat(Regions.ancestorCode(village, RegionLevel.TOWNSHIP)).isEqualTo("610330101");
		assertThat(Regions.ancestorCode(village, RegionLevel.VILLAGE)).isEqualTo(village);
		assertThat(Regions.ancestorCode("6103", RegionLevel.COUNTY)).isNull();
		assertThat(Regions.ancestorCode("CN", RegionLevel.PROVINCE)).isNull();
		assertThat(Regions.ancestorCode(null, RegionLevel.PROVINCE)).isNull();
	}

	@Test
	void joinsNamesFromTheProvinceDown() {
		String village = regions.children("610330101").get(0).getCode();
		assertThat(regions.fullName("610330101")).isEqualTo("陕西省宝鸡市凤县凤州镇");
		assertThat(regions.fullName(village)).startsWith("陕西省宝鸡市凤县凤州镇").endsWith(regions.name(village));
		assertThat(regions.fullName("61")).isEqualTo("陕西省");
		assertThat(regions.fullName("CN")).isEqualTo("全国");
		assertThat(regions.fullName("110101")).isEqualTo("110101");
	}

	@Test
	void findsTheCountryAndRefusesMalformedCodes() {
		assertThat(regions.find("CN")).get().extracting(Region::getLevel).isEqualTo(RegionLevel.COUNTRY);
		assertThat(regions.find("abc")).isEmpty();
		assertThat(regions.find("6103301")).isEmpty();
		assertThat(regions.find(null)).isEmpty();
		assertThat(regions.isVillage("610330101")).isFalse();
		assertThat(regions.isVillage(regions.children("610330101").get(0).getCode())).isTrue();
	}

	@Test
	void listsProvincesBelowTheCountryAndAncestryFromTheProvinceDown() {
		assertThat(regions.children("CN")).extracting(Region::getCode).contains("44", "61").isSorted();
		assertThat(regions.ancestry("610330101")).extracting(Region::getCode)
				.containsExactly("61", "6103", "610330", "610330101");
		assertThat(regions.ancestry("CN")).isEmpty();
	}

	@Test
	void knowsTheLevelsAboveAndBelow() {
		assertThat(RegionLevel.VILLAGE.above()).isEqualTo(RegionLevel.TOWNSHIP);
		assertThat(RegionLevel.PROVINCE.above()).isEqualTo(RegionLevel.COUNTRY);
		assertThat(RegionLevel.COUNTRY.above()).isNull();
		assertThat(RegionLevel.COUNTRY.below()).isEqualTo(RegionLevel.PROVINCE);
		assertThat(RegionLevel.VILLAGE.below()).isNull();
	}
}
