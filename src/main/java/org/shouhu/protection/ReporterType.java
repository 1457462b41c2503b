package org.shouhu.protection;

/**
 * Who reports (API.md "Mandatory reports and protection"): the reporting bodies of Art 3 of the 2020 mandatory-reporting
 * opinion, the hotline (12345 / 未保中心) and the public (未保法 Art 11).
 */
public enum ReporterType {

	VILLAGE_COMMITTEE("村（居）民委员会"), SCHOOL("学校"), KINDERGARTEN("幼儿园"), MEDICAL("医疗机构"),
	WELFARE_INSTITUTION("儿童福利机构、救助管理机构"), SOCIAL_WORK("社会工作服务机构"), HOTEL("旅店、宾馆"),
	HOTLINE("热线来电"), PUBLIC("群众"), OTHER("其他");

	private final String label;

	ReporterType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
