package org.shouhu.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.child.Gender;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SchoolingStatus;
import org.shouhu.child.SituationType;

/**
 * One child file as the cells of a row of the 摸底排查表 (DOMAIN.md §9), in the exact form the importer reads, so that an
 * exported row imports back to the same file: the Chinese labels of the child enums, 是/否, dates {@code yyyy-MM-dd},
 * 残疾等级 一级–四级, multi-value cells joined by {@value TemplateColumns#SEPARATOR}, full ID and phone numbers, an empty
 * cell for what the file does not hold.
 * <p>
 * 现状 (father's and mother's) holds the situations current on {@code today}: those whose {@code until} is empty or
 * not before {@code today}, as the classification rules hold them; an empty cell is 在家. What the template has no
 * column for (a situation's dates, a parent's birth date, the caregiver's Art 22 checklist) is not exported.
 */
public final class ExportRows {

	private static final List<String> GRADES = List.of("一级", "二级", "三级", "四级");

	private ExportRows() {
	}

	/** The row's cells in {@link TemplateColumns} order (one per column, empty text for none). */
	public static List<String> cells(ChildFile file, LocalDate today) {
		Map<TemplateColumns, String> row = row(file, today);
		List<String> cells = new ArrayList<>(TemplateColumns.values().length);
		for (TemplateColumns column : TemplateColumns.values()) {
			cells.add(row.getOrDefault(column, ""));
		}
		return cells;
	}

	/** The row's non-empty cells by column. */
	public static Map<TemplateColumns, String> row(ChildFile file, LocalDate today) {
		Map<TemplateColumns, String> row = new EnumMap<>(TemplateColumns.class);
		put(row, TemplateColumns.NAME, file.name());
		put(row, TemplateColumns.GENDER, label(file.gender(), Gender::label));
		put(row, TemplateColumns.ETHNICITY, file.ethnicity());
		put(row, TemplateColumns.BIRTH_DATE, date(file.birthDate()));
		put(row, TemplateColumns.ID_NUMBER, file.idNumber());
		put(row, TemplateColumns.HUKOU_REGISTERED, yesNo(file.hukouRegistered() == null || file.hukouRegistered()));
		put(row, TemplateColumns.HUKOU_TYPE, label(file.hukouType(), HukouType::label));
		put(row, TemplateColumns.HUKOU_ADDRESS, file.hukouAddress());
		put(row, TemplateColumns.VILLAGE_CODE, file.villageCode());
		put(row, TemplateColumns.ADDRESS, file.address());
		ChildFile.Health health = file.health();
		if (health != null) {
			put(row, TemplateColumns.HEALTH_STATUS, label(health.status(), HealthStatus::label));
			put(row, TemplateColumns.DISABILITY_TYPE, health.disabilityType());
			put(row, TemplateColumns.DISABILITY_GRADE, grade(health.disabilityGrade()));
			put(row, TemplateColumns.ILLNESS, health.illness());
		}
		ChildFile.Schooling schooling = file.schooling();
		if (schooling != null) {
			put(row, TemplateColumns.SCHOOLING, label(schooling.status(), SchoolingStatus::label));
			put(row, TemplateColumns.SCHOOL_NAME, schooling.schoolName());
			put(row, TemplateColumns.BOARDING, schooling.boarding() == null ? null : yesNo(schooling.boarding()));
		}
		ChildFile.Parent father = file.father();
		if (father != null) {
			put(row, TemplateColumns.FATHER_NAME, father.name());
			put(row, TemplateColumns.FATHER_ID_NUMBER, father.idNumber());
			put(row, TemplateColumns.FATHER_PHONE, father.phone());
			put(row, TemplateColumns.FATHER_SITUATION, situations(father, today));
			put(row, TemplateColumns.FATHER_WORKPLACE, father.workplace());
		}
		ChildFile.Parent mother = file.mother();
		if (mother != null) {
			put(row, TemplateColumns.MOTHER_NAME, mother.name());
			put(row, TemplateColumns.MOTHER_ID_NUMBER, mother.idNumber());
			put(row, TemplateColumns.MOTHER_PHONE, mother.phone());
			put(row, TemplateColumns.MOTHER_SITUATION, situations(mother, today));
			put(row, TemplateColumns.MOTHER_WORKPLACE, mother.workplace());
		}
		ChildFile.Caregiver caregiver = file.caregiver();
		if (caregiver != null) {
			put(row, TemplateColumns.CAREGIVER_NAME, caregiver.name());
			put(row, TemplateColumns.CAREGIVER_ID_NUMBER, caregiver.idNumber());
			put(row, TemplateColumns.CAREGIVER_PHONE, caregiver.phone());
			put(row, TemplateColumns.CAREGIVER_RELATION, label(caregiver.relation(), CaregiverRelation::label));
			put(row, TemplateColumns.CAREGIVER_ADDRESS, caregiver.address());
			put(row, TemplateColumns.CONFIRMATION_DATE, date(caregiver.confirmationSignedOn()));
		}
		put(row, TemplateColumns.GUARDIANSHIP, label(file.guardianship(), GuardianshipGrade::label));
		put(row, TemplateColumns.FAMILY_INCOME, joined(file.familyIncome(), v -> v.label()));
		put(row, TemplateColumns.FAMILY_ASSISTANCE, joined(file.familyAssistance(), v -> v.label()));
		put(row, TemplateColumns.LIVING_ALONE, yesNo(Boolean.TRUE.equals(file.livingAlone())));
		put(row, TemplateColumns.REMARKS, file.remarks());
		return row;
	}

	/** 一级–四级 for 1–4; another number as its digits (the importer refuses it, as the file should not hold it). */
	static String grade(Integer grade) {
		if (grade == null) {
			return null;
		}
		return grade >= 1 && grade <= GRADES.size() ? GRADES.get(grade - 1) : String.valueOf(grade);
	}

	/** The current situations in the file's order (the importer keeps the order it reads), each type once. */
	private static String situations(ChildFile.Parent parent, LocalDate today) {
		Set<SituationType> current = new LinkedHashSet<>();
		parent.situations().stream()
			.filter(s -> s.type() != null && (s.until() == null || !s.until().isBefore(today)))
			.forEach(s -> current.add(s.type()));
		return joined(current, SituationType::label);
	}

	private static <E> String joined(Collection<E> values, Function<E, String> label) {
		return values == null || values.isEmpty() ? null
				: values.stream().map(label).distinct().collect(Collectors.joining(TemplateColumns.SEPARATOR));
	}

	private static <E> String label(E value, Function<E, String> label) {
		return value == null ? null : label.apply(value);
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static String yesNo(boolean value) {
		return value ? "是" : "否";
	}

	private static void put(Map<TemplateColumns, String> row, TemplateColumns column, String value) {
		if (value != null && !value.isEmpty()) {
			row.put(column, value);
		}
	}
}
