package org.shouhu.child;

/**
 * The records that disqualify an entrusted caregiver (委托照护人), 《中华人民共和国未成年人保护法》（2020 年修订）第二十二条
 * 第二款: 不得确定下列人员为被委托人 — (一) 曾实施性侵害、虐待、遗弃、拐卖、暴力伤害等违法犯罪行为; (二) 有吸毒、酗酒、
 * 赌博等恶习; (三) 曾拒不履行或者长期怠于履行监护、照护职责; (四) 其他不适宜担任被委托人的情形.
 */
public enum CaregiverDisqualification {

	SEXUAL_ASSAULT("曾实施性侵害未成年人等违法犯罪行为", "第二十二条第二款第一项"),
	ABUSE("曾虐待未成年人", "第二十二条第二款第一项"),
	ABANDONMENT("曾遗弃未成年人", "第二十二条第二款第一项"),
	TRAFFICKING("曾拐卖未成年人", "第二十二条第二款第一项"),
	VIOLENCE("曾暴力伤害未成年人", "第二十二条第二款第一项"),
	DRUG_ADDICTION("有吸毒恶习", "第二十二条第二款第二项"),
	ALCOHOL_ADDICTION("有酗酒恶习", "第二十二条第二款第二项"),
	GAMBLING_ADDICTION("有赌博恶习", "第二十二条第二款第二项"),
	EARLIER_NEGLECT("曾拒不履行或长期怠于履行监护、照护职责", "第二十二条第二款第三项"),
	OTHER_UNSUITABLE("其他不适宜担任被委托人的情形", "第二十二条第二款第四项");

	private final String label;
	private final String article;

	CaregiverDisqualification(String label, String article) {
		this.label = label;
		this.article = article;
	}

	public String label() {
		return label;
	}

	/** Where 未保法 names it, e.g. 第二十二条第二款第一项. */
	public String article() {
		return article;
	}
}
