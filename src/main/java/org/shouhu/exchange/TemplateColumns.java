package org.shouhu.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.FamilyIncome;
import org.shouhu.child.Gender;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SchoolingStatus;
import org.shouhu.child.SituationType;

/**
 * The columns of the import template (摸底排查表, DOMAIN.md §9) in their order: the exact header text, whether a value
 * is required, the allowed labels of a coded column with a fixed list (its drop-down; empty when free or multi-value)
 * and the Chinese explanation of the 填写说明 sheet. Labels come from the child enums so that they cannot drift.
 */
public enum TemplateColumns {

	NAME("姓名", true, List.of(), "儿童姓名，最多 50 个字。"),
	GENDER("性别", true, labels(Gender.values(), Gender::label), "从下拉列表选择：男、女；须与身份证号一致。"),
	ETHNICITY("民族", false, List.of(), "如：汉族。"),
	BIRTH_DATE("出生日期", true, List.of(), Labels.DATE + "须与身份证号一致。"),
	ID_NUMBER("公民身份证号码", false, List.of(), "18 位公民身份证号码（末位可为 X），须通过校验；请以文本填写，避免被 Excel 改成科学计数。未登记户口的可不填。"),
	HUKOU_REGISTERED("是否登记户口", false, Labels.YES_NO, "从下拉列表选择：是、否；留空视为已登记（须填身份证号）。"),
	HUKOU_TYPE("户籍类型", false, labels(HukouType.values(), HukouType::label), "从下拉列表选择：农村、城镇。"),
	HUKOU_ADDRESS("户籍所在地", false, List.of(), "户口登记地址。"),
	VILLAGE_CODE("现居住村(居)代码", true, List.of(), "12 位统计用区划代码（村、居委会级），须在导入人的管辖范围内，如 610330101200。"),
	ADDRESS("现居住地址", false, List.of(), "现居住的详细地址。"),
	HEALTH_STATUS("健康状况", false, labels(HealthStatus.values(), HealthStatus::label), "从下拉列表选择：健康、残疾、重病。"),
	DISABILITY_TYPE("残疾类别", false, List.of(), "健康状况为残疾时填写，如：肢体残疾、智力残疾。"),
	DISABILITY_GRADE("残疾等级", false, List.of("一级", "二级", "三级", "四级"), "健康状况为残疾时填写：一级、二级、三级、四级（也可填 1–4）。"),
	ILLNESS("患病类型", false, List.of(), "健康状况为重病时填写所患疾病。"),
	SCHOOLING("就学情况", false, labels(SchoolingStatus.values(), SchoolingStatus::label),
			"从下拉列表选择：" + String.join("、", labels(SchoolingStatus.values(), SchoolingStatus::label)) + "。"),
	SCHOOL_NAME("学校名称", false, List.of(), "在校（园）的填写学校或幼儿园名称。"),
	BOARDING("是否寄宿", false, Labels.YES_NO, "在校的填写：是、否。"),
	FATHER_NAME("父亲姓名", false, List.of(), "父亲姓名。"),
	FATHER_ID_NUMBER("父亲身份证号", false, List.of(), "18 位公民身份证号码，须通过校验。"),
	FATHER_PHONE("父亲联系电话", false, List.of(), "手机或固定电话。"),
	FATHER_SITUATION("父亲现状", false, List.of(), Labels.SITUATION),
	FATHER_WORKPLACE("父亲务工地点", false, List.of(), "外出务工的填写务工地点，如：广东省深圳市。"),
	MOTHER_NAME("母亲姓名", false, List.of(), "母亲姓名。"),
	MOTHER_ID_NUMBER("母亲身份证号", false, List.of(), "18 位公民身份证号码，须通过校验。"),
	MOTHER_PHONE("母亲联系电话", false, List.of(), "手机或固定电话。"),
	MOTHER_SITUATION("母亲现状", false, List.of(), Labels.SITUATION),
	MOTHER_WORKPLACE("母亲务工地点", false, List.of(), "外出务工的填写务工地点。"),
	CAREGIVER_NAME("委托照护人姓名", false, List.of(), "父母外出务工等委托他人照护的填写。"),
	CAREGIVER_ID_NUMBER("委托照护人身份证号", false, List.of(), "18 位公民身份证号码，须通过校验。"),
	CAREGIVER_PHONE("委托照护人电话", false, List.of(), "手机或固定电话。"),
	CAREGIVER_RELATION("与儿童关系", false, labels(CaregiverRelation.values(), CaregiverRelation::label),
			"委托照护人与儿童的关系，从下拉列表选择：" + String.join("、", labels(CaregiverRelation.values(), CaregiverRelation::label)) + "。"),
	CAREGIVER_ADDRESS("委托照护人住址", false, List.of(), "委托照护人的住址。"),
	CONFIRMATION_DATE("确认书签订日期", false, List.of(), "委托照护确认书的签订日期。" + Labels.DATE),
	GUARDIANSHIP("监护情况", false, labels(GuardianshipGrade.values(), GuardianshipGrade::label),
			"从下拉列表选择：" + String.join("、", labels(GuardianshipGrade.values(), GuardianshipGrade::label)) + "。"),
	FAMILY_INCOME("家庭收入来源", false, List.of(),
			"可填多项，用顿号“、”分隔：" + String.join("、", labels(FamilyIncome.values(), FamilyIncome::label)) + "。"),
	FAMILY_ASSISTANCE("享受救助情况", false, List.of(),
			"可填多项，用顿号“、”分隔：" + String.join("、", labels(FamilyAssistance.values(), FamilyAssistance::label)) + "；未享受的留空。"),
	LIVING_ALONE("是否独居", false, Labels.YES_NO, "从下拉列表选择：是、否。"),
	REMARKS("备注", false, List.of(), "其他需要说明的情况。");

	/** The separator of multi-value cells. */
	public static final String SEPARATOR = "、";

	private final String header;
	private final boolean required;
	private final List<String> allowed;
	private final String explanation;

	TemplateColumns(String header, boolean required, List<String> allowed, String explanation) {
		this.header = header;
		this.required = required;
		this.allowed = allowed;
		this.explanation = explanation;
	}

	/** The exact header text of row 1. */
	public String header() {
		return header;
	}

	public boolean required() {
		return required;
	}

	/** The labels of the drop-down list; empty for free text, dates and multi-value columns. */
	public List<String> allowed() {
		return allowed;
	}

	public String explanation() {
		return explanation;
	}

	/** A date column, written as text {@code yyyy-MM-dd}. */
	public boolean date() {
		return this == BIRTH_DATE || this == CONFIRMATION_DATE;
	}

	/** The headers in column order. */
	public static List<String> headers() {
		return Arrays.stream(values()).map(TemplateColumns::header).toList();
	}

	private static <E> List<String> labels(E[] values, Function<E, String> label) {
		return Arrays.stream(values).map(label).toList();
	}

	/** Texts the constants share (a holder: enum constants are built before the enum's own static fields). */
	private static final class Labels {

		static final List<String> YES_NO = List.of("是", "否");

		static final String DATE = "日期格式 yyyy-MM-dd（如 2015-03-12），也可填 yyyy/M/d（如 2015/3/12）或 Excel 日期单元格。";

		static final String SITUATION = "可填零项或多项，用顿号“、”分隔："
				+ Arrays.stream(SituationType.values()).map(SituationType::label).collect(Collectors.joining("、"))
				+ "；留空表示在家。";
	}
}
