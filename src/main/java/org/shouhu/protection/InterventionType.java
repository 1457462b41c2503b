package org.shouhu.protection;

/**
 * The steps of the guardianship intervention ladder (DOMAIN.md §6), in ladder order. Each is recorded on the child's
 * file with its date, acting unit and note. The community and police steps may be recorded by anyone who works with
 * the child's file (the village's director reports what the village committee or the police did); the guardianship
 * measures of civil affairs and the court and procuratorate steps (which civil affairs applies for or follows) only
 * by {@code CIVIL_AFFAIRS} ({@link #civilAffairsOnly()}).
 */
public enum InterventionType {

	/** 未保法 第一百一十八条第一款: 居民委员会、村民委员会予以劝诫、制止. */
	ADMONITION("劝诫、制止", false),
	/** 未保法 第一百一十八条第一款: 情节严重的，居民委员会、村民委员会应当及时向公安机关报告. */
	POLICE_REPORT("向公安机关报告", false),
	/** 未保法 第一百一十八条第二款: 公安机关、人民检察院、人民法院予以训诫. */
	REPRIMAND("训诫", false),
	/** 未保法 第一百一十八条第二款; 家庭教育促进法 第四十九条: 责令接受家庭教育指导. */
	FAMILY_EDUCATION_GUIDANCE("责令接受家庭教育指导", false),
	/** 未保法 第九十二条、第九十三条: 民政部门临时监护 (needs the Art 92 basis and the Art 93 placement). */
	TEMPORARY_GUARDIANSHIP("临时监护", true),
	/** 未保法 第九十四条: 民政部门长期监护. */
	LONG_TERM_GUARDIANSHIP("长期监护", true),
	/** 反家庭暴力法 第二十三条; 未保法 第一百零八条: 人民法院人身安全保护令. */
	PROTECTION_ORDER("人身安全保护令", true),
	/** 民法典 第三十六条; 未保法 第一百零八条: 人民法院撤销监护人资格. */
	GUARDIANSHIP_REVOCATION("撤销监护人资格", true),
	/** 未保法 第一百零六条: 人民检察院支持起诉、提起公益诉讼或检察建议. */
	PROCURATORATE_SUPPORT("检察机关支持起诉、公益诉讼或检察建议", true);

	private final String label;
	private final boolean civilAffairsOnly;

	InterventionType(String label, boolean civilAffairsOnly) {
		this.label = label;
		this.civilAffairsOnly = civilAffairsOnly;
	}

	public String label() {
		return label;
	}

	/** Whether only county (or city) civil affairs may record this step. */
	public boolean civilAffairsOnly() {
		return civilAffairsOnly;
	}

	/** Whether the step lasts until it is ended (临时监护), rather than being recorded once. */
	public boolean lasting() {
		return this == TEMPORARY_GUARDIANSHIP;
	}
}
