package org.shouhu.region;

/** Level of a division, told by the length of its code. */
public enum RegionLevel {

	COUNTRY(2, "全国"), PROVINCE(2, "省级"), CITY(4, "地级"), COUNTY(6, "县级"), TOWNSHIP(9, "乡级"), VILLAGE(12, "村级");

	private final int codeLength;
	private final String label;

	RegionLevel(int codeLength, String label) {
		this.codeLength = codeLength;
		this.label = label;
	}

	public int codeLength() {
		return codeLength;
	}

	public String label() {
		return label;
	}

	/** The level of a code, or {@code null} when the code cannot be a division code. */
	public static RegionLevel ofCode(String code) {
		if (Regions.COUNTRY.equals(code)) {
			return COUNTRY;
		}
		if (code == null || !code.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return switch (code.length()) {
			case 2 -> PROVINCE;
			case 4 -> CITY;
			case 6 -> COUNTY;
			case 9 -> TOWNSHIP;
			case 12 -> VILLAGE;
			default -> null;
		};
	}

	/** The level above this one, or {@code null} for the country. */
	public RegionLevel above() {
		return this == COUNTRY ? null : values()[ordinal() - 1];
	}

	/** The level below this one, or {@code null} for villages. */
	public RegionLevel below() {
		return this == VILLAGE ? null : values()[ordinal() + 1];
	}
}
