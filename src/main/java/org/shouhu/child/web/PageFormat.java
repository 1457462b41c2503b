package org.shouhu.child.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formatting helpers for the child pages (available in templates as {@code ${fmt}}). */
@Component
class PageFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.of("Asia/Shanghai"));

	private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
			java.util.Map.entry("name", "姓名"), java.util.Map.entry("idNumber", "身份证号"),
			java.util.Map.entry("gender", "性别"), java.util.Map.entry("birthDate", "出生日期"),
			java.util.Map.entry("ethnicity", "民族"), java.util.Map.entry("hukouRegistered", "是否登记户口"),
			java.util.Map.entry("hukouType", "户籍类型"), java.util.Map.entry("hukouAddress", "户籍所在地"),
			java.util.Map.entry("villageCode", "现居住村（居）"), java.util.Map.entry("address", "现居住地址"),
			java.util.Map.entry("status", "状态"), java.util.Map.entry("disabilityType", "残疾类别"),
			java.util.Map.entry("disabilityGrade", "残疾等级"), java.util.Map.entry("illness", "患病类型"),
			java.util.Map.entry("schoolName", "学校名称"), java.util.Map.entry("boarding", "寄宿"),
			java.util.Map.entry("phone", "联系电话"), java.util.Map.entry("situations", "现状"),
			java.util.Map.entry("workplace", "务工地点"), java.util.Map.entry("relation", "与儿童关系"),
			java.util.Map.entry("confirmationSignedOn", "确认书签订日期"), java.util.Map.entry("guardianship", "监护情况"),
			java.util.Map.entry("livingAlone", "独居"), java.util.Map.entry("familyIncome", "家庭收入来源"),
			java.util.Map.entry("familyAssistance", "享受救助情况"), java.util.Map.entry("remarks", "备注"),
			java.util.Map.entry("harmByGuardianConfirmed", "经强制报告确认监护人侵害"),
			java.util.Map.entry("categories", "类别"), java.util.Map.entry("exitReason", "减员原因"),
			java.util.Map.entry("exitDate", "减员日期"), java.util.Map.entry("exitNote", "减员说明"),
			java.util.Map.entry("keptReason", "保留在册理由"),
			java.util.Map.entry("health", "健康"), java.util.Map.entry("schooling", "就学"),
			java.util.Map.entry("father", "父亲"), java.util.Map.entry("mother", "母亲"),
			java.util.Map.entry("caregiver", "委托照护人"));

	/** Chinese name of a history field path ({@code father.phone} → 父亲·联系电话). */
	public String field(String path) {
		StringBuilder label = new StringBuilder();
		for (String part : path.split("\\.")) {
			if (!label.isEmpty()) {
				label.append('·');
			}
			label.append(LABELS.getOrDefault(part, part));
		}
		return label.toString();
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	public String yesNo(Boolean value) {
		return value == null ? "" : value ? "是" : "否";
	}

	/** Display value or a dash. */
	public String or(Object value) {
		return value == null || value.toString().isBlank() ? "—" : value.toString();
	}
}
