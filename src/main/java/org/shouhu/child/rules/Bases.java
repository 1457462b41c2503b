package org.shouhu.child.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.shouhu.child.SituationType;

/**
 * Writes the one-sentence Chinese basis of each category. The sentences are part of the rule set (they cite the rule
 * source and are stored with the file as the reason for its category), so they live here with the rules rather than
 * in the page messages.
 */
final class Bases {

	static final String FATHER = "父亲";
	static final String MOTHER = "母亲";
	static final String BOTH_PARENTS = "父母均";
	static final String INCAPABLE = "（无监护能力）";

	private static final Map<SituationType, String> PHRASES = new EnumMap<>(SituationType.class);

	static {
		PHRASES.put(SituationType.OUT_MIGRANT, "外出务工");
		PHRASES.put(SituationType.DECEASED, "死亡");
		PHRASES.put(SituationType.DECLARED_DEAD, "被宣告死亡");
		PHRASES.put(SituationType.DECLARED_MISSING, "被宣告失踪");
		PHRASES.put(SituationType.SEVERE_DISABILITY, "重残");
		PHRASES.put(SituationType.SERIOUS_ILLNESS, "重病");
		PHRASES.put(SituationType.IMPRISONED, "服刑在押");
		PHRASES.put(SituationType.COMPULSORY_DETOX, "强制隔离戒毒");
		PHRASES.put(SituationType.OTHER_DETENTION, "被执行其他限制人身自由的措施");
		PHRASES.put(SituationType.LOST_CONTACT, "失联");
		PHRASES.put(SituationType.GUARDIANSHIP_REVOKED, "被撤销监护资格");
		PHRASES.put(SituationType.DEPORTED, "被遣送（驱逐）出境");
	}

	private Bases() {
	}

	/** How a situation reads after 父亲/母亲, e.g. 服刑在押. */
	static String phrase(SituationType type) {
		return PHRASES.get(type);
	}

	/** A parent's situations joined, e.g. 重病且服刑在押. */
	static String joined(List<SituationType> types) {
		return String.join("且", types.stream().map(Bases::phrase).toList());
	}

	/** 父母均外出务工 when both read the same, otherwise 父亲外出务工、母亲重病（无监护能力）. */
	static String parents(String father, String mother) {
		if (father.equals(mother)) {
			return BOTH_PARENTS + father;
		}
		return FATHER + father + "、" + MOTHER + mother;
	}

	static String leftBehind(String parents) {
		return parents + "，未满16周岁且为农村户籍，符合国发〔2016〕13号农村留守儿童认定条件";
	}

	static String orphan(String parents) {
		return parents + "，符合民政部孤儿认定条件";
	}

	static String deFactoUnsupported(String parents) {
		return parents + "，符合民发〔2019〕62号事实无人抚养儿童认定条件";
	}

	static String povertyDifficulty(List<String> assistance) {
		return "家庭享受" + String.join("和", assistance) + "，符合国发〔2016〕36号困境儿童（家庭贫困）认定条件";
	}

	static String disabilityDifficulty() {
		return "儿童本人残疾，符合国发〔2016〕36号困境儿童（自身残疾）认定条件";
	}

	static String guardianshipDifficulty(List<String> reasons) {
		return "儿童" + String.join("、", reasons) + "，符合国发〔2016〕36号困境儿童（监护缺失或不当）认定条件";
	}
}
