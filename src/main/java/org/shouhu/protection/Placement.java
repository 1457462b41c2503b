package org.shouhu.protection;

/**
 * 未保法（2020年修订）第九十三条第一款: how 民政部门 places a child in temporary guardianship — 委托亲属抚养、家庭寄养，
 * 或者交由未成年人救助保护机构或者儿童福利机构进行收留、抚养.
 */
public enum Placement {

	KINSHIP("委托亲属抚养"),
	FOSTER_FAMILY("家庭寄养"),
	WELFARE_INSTITUTION("儿童福利机构收留、抚养"),
	PROTECTION_INSTITUTION("未成年人救助保护机构收留、抚养");

	private final String label;

	Placement(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
