package org.shouhu.region;

import java.util.Map;

/**
 * Query conditions that restrict rows to a region, for tables that carry the five indexed region columns
 * {@code province_code}, {@code city_code}, {@code county_code}, {@code township_code}, {@code village_code} (in
 * entities the embedded {@link RegionCodes}, properties {@code provinceCode} … {@code villageCode}): a code of one level is matched on that level's column, so
 * the database uses that column's index. {@code CN} restricts nothing ({@code 1 = 1}); anything that is no division
 * code matches nothing ({@code 1 = 0}).
 */
public final class RegionScope {

	private RegionScope() {
	}

	/** The SQL column holding the codes of a level ({@code null} for the country). */
	public static String column(RegionLevel level) {
		return switch (level) {
			case COUNTRY -> null;
			case PROVINCE -> "province_code";
			case CITY -> "city_code";
			case COUNTY -> "county_code";
			case TOWNSHIP -> "township_code";
			case VILLAGE -> "village_code";
		};
	}

	/** The entity property holding the codes of a level ({@code null} for the country). */
	public static String property(RegionLevel level) {
		return switch (level) {
			case COUNTRY -> null;
			case PROVINCE -> "provinceCode";
			case CITY -> "cityCode";
			case COUNTY -> "countyCode";
			case TOWNSHIP -> "townshipCode";
			case VILLAGE -> "villageCode";
		};
	}

	/**
	 * A JPQL condition on the region properties under {@code path} (the embedded {@link RegionCodes}, e.g.
	 * {@code c.region}); binds {@code code} as {@code :parameter} in params.
	 */
	public static String jpql(String path, String parameter, String code, Map<String, Object> params) {
		RegionLevel level = RegionLevel.ofCode(code);
		if (level == RegionLevel.COUNTRY) {
			return "1 = 1";
		}
		if (level == null) {
			return "1 = 0";
		}
		params.put(parameter, code);
		return path + "." + property(level) + " = :" + parameter;
	}

	/** An SQL condition on the region columns; the caller binds {@code code} as {@code :parameter}. */
	public static String sql(String code, String parameter) {
		RegionLevel level = RegionLevel.ofCode(code);
		if (level == RegionLevel.COUNTRY) {
			return "1 = 1";
		}
		return level == null ? "1 = 0" : column(level) + " = :" + parameter;
	}
}
