package org.shouhu.region;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The five indexed region columns a row carries so that queries can scope it by any level with {@link RegionScope}:
 * the codes of a division and of its ancestors ({@code province_code} … {@code village_code}); levels below the
 * division are null. Embedded by every entity that is scoped by jurisdiction.
 */
@Embeddable
public class RegionCodes {

	@Column(name = "province_code", length = 2)
	private String provinceCode;

	@Column(name = "city_code", length = 4)
	private String cityCode;

	@Column(name = "county_code", length = 6)
	private String countyCode;

	@Column(name = "township_code", length = 9)
	private String townshipCode;

	@Column(name = "village_code", length = 12)
	private String villageCode;

	protected RegionCodes() {
	}

	/** The codes of {@code code} and its ancestors; all null for {@code CN} and for anything that is no division code. */
	public static RegionCodes of(String code) {
		RegionCodes codes = new RegionCodes();
		RegionLevel level = RegionLevel.ofCode(code);
		if (level == null || level == RegionLevel.COUNTRY) {
			return codes;
		}
		codes.provinceCode = Regions.ancestorCode(code, RegionLevel.PROVINCE);
		codes.cityCode = Regions.ancestorCode(code, RegionLevel.CITY);
		codes.countyCode = Regions.ancestorCode(code, RegionLevel.COUNTY);
		codes.townshipCode = Regions.ancestorCode(code, RegionLevel.TOWNSHIP);
		codes.villageCode = Regions.ancestorCode(code, RegionLevel.VILLAGE);
		return codes;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public String cityCode() {
		return cityCode;
	}

	public String countyCode() {
		return countyCode;
	}

	public String townshipCode() {
		return townshipCode;
	}

	public String villageCode() {
		return villageCode;
	}
}
