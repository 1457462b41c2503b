package org.shouhu.protection;

/**
 * The nine situations a mandatory report is about: Art 4 of 《关于建立侵害未成年人案件强制报告制度的意见（试行）》
 * (最高人民检察院等九部门, 2020).
 */
public enum ReportSituation {

	/** Art 4 (一) */
	GENITAL_INJURY("未成年人的生殖器官或隐私部位遭受或疑似遭受非正常损伤"),
	/** Art 4 (二) */
	SEXUAL_ASSAULT_UNDER_14("不满十四周岁的女性未成年人遭受或疑似遭受性侵害、怀孕、流产"),
	/** Art 4 (三) */
	PREGNANCY_FROM_ASSAULT_14_PLUS("十四周岁以上女性未成年人遭受或疑似遭受性侵害所致怀孕、流产"),
	/** Art 4 (四) */
	SUSPECTED_VIOLENCE_INJURY("未成年人身体存在多处损伤、严重营养不良、意识不清，存在或疑似存在受到家庭暴力、欺凌、虐待、殴打或者被人麻醉等情形"),
	/** Art 4 (五) */
	ABNORMAL_DISABILITY_OR_DEATH("未成年人因自杀、自残、工伤、中毒、被人麻醉、殴打等非正常原因导致伤残、死亡"),
	/** Art 4 (六) */
	ABANDONMENT_OR_NEGLECT("未成年人被遗弃或长期处于无人照料状态"),
	/** Art 4 (七) */
	MISSING_OR_TRAFFICKED("发现未成年人来源不明、失踪或者被拐卖、收买"),
	/** Art 4 (八) */
	ORGANIZED_BEGGING("发现未成年人被组织乞讨"),
	/** Art 4 (九) */
	OTHER_SERIOUS_HARM("其他严重侵害未成年人身心健康的情形或未成年人正在面临不法侵害危险");

	private final String label;

	ReportSituation(String label) {
		this.label = label;
	}

	/** The situation as the opinion words it. */
	public String label() {
		return label;
	}

	/** A short label for lists, titles and the category basis. */
	public String shortLabel() {
		return switch (this) {
			case GENITAL_INJURY -> "疑似隐私部位非正常损伤";
			case SEXUAL_ASSAULT_UNDER_14 -> "疑似不满十四周岁女童遭受性侵害";
			case PREGNANCY_FROM_ASSAULT_14_PLUS -> "疑似遭受性侵害致怀孕流产";
			case SUSPECTED_VIOLENCE_INJURY -> "疑似遭受家庭暴力、欺凌、虐待";
			case ABNORMAL_DISABILITY_OR_DEATH -> "非正常原因致伤残死亡";
			case ABANDONMENT_OR_NEGLECT -> "被遗弃或长期无人照料";
			case MISSING_OR_TRAFFICKED -> "来源不明、失踪或被拐卖";
			case ORGANIZED_BEGGING -> "被组织乞讨";
			case OTHER_SERIOUS_HARM -> "其他严重侵害或面临不法侵害危险";
		};
	}
}
