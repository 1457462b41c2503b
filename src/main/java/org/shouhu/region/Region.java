package org.shouhu.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One division of the NBS table. Read-only: the table is loaded once from the bundled file. */
@Entity
@Table(name = "region")
public class Region {

	@Id
	@Column(length = 12)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private RegionLevel level;

	@Column(name = "parent_code", length = 12)
	private String parentCode;

	protected Region() {
	}

	Region(String code, String name, RegionLevel level, String parentCode) {
		this.code = code;
		this.name = name;
		this.level = level;
		this.parentCode = parentCode;
	}

	static Region country() {
		return new Region(Regions.COUNTRY, "全国", RegionLevel.COUNTRY, null);
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public RegionLevel getLevel() {
		return level;
	}

	public String getParentCode() {
		return parentCode;
	}
}
