package org.shouhu.child.rules;

/**
 * The situations of 未保法 Art 21 shown as warnings on a file ({@link Art21Rules}); each code's Chinese text is the
 * message {@code child.warning.<CODE>}.
 */
public enum Art21Warning {

	/** 第二十一条第二款: 未满十六周岁的未成年人脱离监护单独生活. */
	LIVING_ALONE_UNDER_16,

	/** 第二十一条第一款: 未满八周岁的未成年人处于无人看护状态. */
	UNATTENDED_UNDER_8,

	/** 第二十一条第一款: 由于身体、心理原因需要特别照顾的未成年人处于无人看护状态. */
	UNATTENDED_SPECIAL_CARE
}
