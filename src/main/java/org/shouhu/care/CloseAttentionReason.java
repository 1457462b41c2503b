package org.shouhu.care;

/**
 * Why a child is on a care list. The first six put the child in close attention (密切关注: home visits every
 * {@code closeAttentionHomeVisitDays}, DOMAIN.md §5); the last three are the seed-001 lists (三个清单) that the
 * close-attention page also shows and filters by.
 */
public enum CloseAttentionReason {

	PARENT_SEVERE_DISABILITY("父母一方重残", true),
	PARENT_SERIOUS_ILLNESS("父母一方重病（含精神疾病）", true),
	CHILD_DISABLED("儿童残疾", true),
	VISIT_PSYCHOLOGY_SERIOUS("最近一次走访发现心理问题严重", true),
	VISIT_SAFETY_SERIOUS("最近一次走访发现安全问题严重", true),
	ASSESSMENT_HIGH("最近一次评估为高风险", true),
	IN_DIFFICULTY("困境儿童", false),
	SINGLE_PARENT("单亲家庭", false),
	PSYCHOLOGICAL_CONCERN("心理行为异常", false);

	private final String label;
	private final boolean closeAttention;

	CloseAttentionReason(String label, boolean closeAttention) {
		this.label = label;
		this.closeAttention = closeAttention;
	}

	public String label() {
		return label;
	}

	/** Whether this reason alone puts the child in close attention. */
	public boolean closeAttention() {
		return closeAttention;
	}
}
