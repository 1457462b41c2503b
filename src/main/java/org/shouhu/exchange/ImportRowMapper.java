package org.shouhu.exchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.FamilyIncome;
import org.shouhu.child.Gender;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SchoolingStatus;
import org.shouhu.child.SituationType;
import org.shouhu.common.Messages;

/**
 * One row of the 摸底排查表 as the {@link ChildFile} that {@code POST /api/v1/children} would take: the labels of
 * DOMAIN.md §9 turned into codes, dates read as {@code yyyy-MM-dd}, {@code yyyy/M/d} or an Excel date cell, 残疾等级
 * 一级–四级 or 1–4, multi-value cells split by 、 (a 现状 cell with zero or more situations, empty = at home). A cell
 * that cannot be read becomes a problem of its column and its field is left empty; the file's own rules are the
 * child module's validator. {@link #column} maps the validator's JSON paths back to the template's columns.
 */
final class ImportRowMapper {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
	private static final Pattern SLASH = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
	private static final List<String> GRADES = List.of("一级", "二级", "三级", "四级");

	/** The columns of the validator's paths (the longest prefix wins: {@code father.situations[0].type}). */
	private static final Map<String, TemplateColumns> PATHS = Map.ofEntries(entry("name", TemplateColumns.NAME),
			entry("idNumber", TemplateColumns.ID_NUMBER), entry("gender", TemplateColumns.GENDER),
			entry("birthDate", TemplateColumns.BIRTH_DATE), entry("ethnicity", TemplateColumns.ETHNICITY),
			entry("hukouRegistered", TemplateColumns.HUKOU_REGISTERED), entry("hukouType", TemplateColumns.HUKOU_TYPE),
			entry("hukouAddress", TemplateColumns.HUKOU_ADDRESS), entry("villageCode", TemplateColumns.VILLAGE_CODE),
			entry("address", TemplateColumns.ADDRESS), entry("health.status", TemplateColumns.HEALTH_STATUS),
			entry("health.disabilityType", TemplateColumns.DISABILITY_TYPE),
			entry("health.disabilityGrade", TemplateColumns.DISABILITY_GRADE),
			entry("health.illness", TemplateColumns.ILLNESS), entry("schooling.status", TemplateColumns.SCHOOLING),
			entry("schooling.schoolName", TemplateColumns.SCHOOL_NAME),
			entry("schooling.boarding", TemplateColumns.BOARDING), entry("father.name", TemplateColumns.FATHER_NAME),
			entry("father.idNumber", TemplateColumns.FATHER_ID_NUMBER),
			entry("father.phone", TemplateColumns.FATHER_PHONE),
			entry("father.situations", TemplateColumns.FATHER_SITUATION),
			entry("father.workplace", TemplateColumns.FATHER_WORKPLACE),
			entry("mother.name", TemplateColumns.MOTHER_NAME),
			entry("mother.idNumber", TemplateColumns.MOTHER_ID_NUMBER),
			entry("mother.phone", TemplateColumns.MOTHER_PHONE),
			entry("mother.situations", TemplateColumns.MOTHER_SITUATION),
			entry("mother.workplace", TemplateColumns.MOTHER_WORKPLACE),
			entry("caregiver.name", TemplateColumns.CAREGIVER_NAME),
			entry("caregiver.idNumber", TemplateColumns.CAREGIVER_ID_NUMBER),
			entry("caregiver.phone", TemplateColumns.CAREGIVER_PHONE),
			entry("caregiver.relation", TemplateColumns.CAREGIVER_RELATION),
			entry("caregiver.address", TemplateColumns.CAREGIVER_ADDRESS),
			entry("caregiver.confirmationSignedOn", TemplateColumns.CONFIRMATION_DATE),
			entry("guardianship", TemplateColumns.GUARDIANSHIP), entry("livingAlone", TemplateColumns.LIVING_ALONE),
			entry("familyIncome", TemplateColumns.FAMILY_INCOME),
			entry("familyAssistance", TemplateColumns.FAMILY_ASSISTANCE), entry("remarks", TemplateColumns.REMARKS));

	/** A problem of one cell: its column and the Chinese message. */
	record Problem(TemplateColumns column, String message) {
	}

	/** The row read: the file (unreadable fields left empty) and the cells that could not be read. */
	record Mapped(ChildFile file, List<Problem> problems) {
	}

	private final Messages messages;

	ImportRowMapper(Messages messages) {
		this.messages = messages;
	}

	/** The column of a validator's JSON path ({@code father.situations[0].type} → 父亲现状); {@code null} if none. */
	static TemplateColumns column(String path) {
		String p = path.replaceAll("\\[\\d+]", "");
		while (true) {
			TemplateColumns column = PATHS.get(p);
			if (column != null) {
				return column;
			}
			int dot = p.lastIndexOf('.');
			if (dot < 0) {
				return null;
			}
			p = p.substring(0, dot);
		}
	}

	Mapped map(ImportWorkbook.Row row) {
		Reader r = new Reader(row);
		ChildFile.Health health = r.empty(TemplateColumns.HEALTH_STATUS, TemplateColumns.DISABILITY_TYPE,
				TemplateColumns.DISABILITY_GRADE, TemplateColumns.ILLNESS) ? null
						: new ChildFile.Health(
								r.label(TemplateColumns.HEALTH_STATUS, HealthStatus.values(), HealthStatus::label),
								r.text(TemplateColumns.DISABILITY_TYPE), r.grade(), r.text(TemplateColumns.ILLNESS));
		ChildFile.Schooling schooling = r.empty(TemplateColumns.SCHOOLING, TemplateColumns.SCHOOL_NAME,
				TemplateColumns.BOARDING) ? null
						: new ChildFile.Schooling(
								r.label(TemplateColumns.SCHOOLING, SchoolingStatus.values(), SchoolingStatus::label),
								r.text(TemplateColumns.SCHOOL_NAME), r.yesNo(TemplateColumns.BOARDING));
		ChildFile.Parent father = r.parent(TemplateColumns.FATHER_NAME, TemplateColumns.FATHER_ID_NUMBER,
				TemplateColumns.FATHER_PHONE, TemplateColumns.FATHER_SITUATION, TemplateColumns.FATHER_WORKPLACE);
		ChildFile.Parent mother = r.parent(TemplateColumns.MOTHER_NAME, TemplateColumns.MOTHER_ID_NUMBER,
				TemplateColumns.MOTHER_PHONE, TemplateColumns.MOTHER_SITUATION, TemplateColumns.MOTHER_WORKPLACE);
		ChildFile.Caregiver caregiver = r.empty(TemplateColumns.CAREGIVER_NAME, TemplateColumns.CAREGIVER_ID_NUMBER,
				TemplateColumns.CAREGIVER_PHONE, TemplateColumns.CAREGIVER_RELATION, TemplateColumns.CAREGIVER_ADDRESS,
				TemplateColumns.CONFIRMATION_DATE) ? null
						: new ChildFile.Caregiver(r.text(TemplateColumns.CAREGIVER_NAME),
								r.text(TemplateColumns.CAREGIVER_ID_NUMBER), r.text(TemplateColumns.CAREGIVER_PHONE),
								r.label(TemplateColumns.CAREGIVER_RELATION, CaregiverRelation.values(),
										CaregiverRelation::label),
								r.text(TemplateColumns.CAREGIVER_ADDRESS), r.date(TemplateColumns.CONFIRMATION_DATE));
		ChildFile file = new ChildFile(r.text(TemplateColumns.NAME), r.text(TemplateColumns.ID_NUMBER),
				r.label(TemplateColumns.GENDER, Gender.values(), Gender::label), r.date(TemplateColumns.BIRTH_DATE),
				r.text(TemplateColumns.ETHNICITY), r.yesNo(TemplateColumns.HUKOU_REGISTERED),
				r.label(TemplateColumns.HUKOU_TYPE, HukouType.values(), HukouType::label),
				r.text(TemplateColumns.HUKOU_ADDRESS), r.text(TemplateColumns.VILLAGE_CODE),
				r.text(TemplateColumns.ADDRESS), health, schooling, father, mother, caregiver,
				r.label(TemplateColumns.GUARDIANSHIP, GuardianshipGrade.values(), GuardianshipGrade::label),
				r.yesNo(TemplateColumns.LIVING_ALONE),
				r.labels(TemplateColumns.FAMILY_INCOME, FamilyIncome.values(), FamilyIncome::label),
				r.labels(TemplateColumns.FAMILY_ASSISTANCE, FamilyAssistance.values(), FamilyAssistance::label),
				r.text(TemplateColumns.REMARKS), null);
		return new Mapped(file, r.problems);
	}

	private final class Reader {

		final ImportWorkbook.Row row;
		final List<Problem> problems = new ArrayList<>();

		Reader(ImportWorkbook.Row row) {
			this.row = row;
		}

		String text(TemplateColumns column) {
			String value = row.cell(column);
			return value.isEmpty() ? null : value;
		}

		boolean empty(TemplateColumns... columns) {
			return Arrays.stream(columns).allMatch(c -> row.cell(c).isEmpty());
		}

		<E> E label(TemplateColumns column, E[] values, Function<E, String> label) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			for (E e : values) {
				if (label.apply(e).equals(value)) {
					return e;
				}
			}
			problems.add(new Problem(column, messages.get("exchange.import.label", value,
					String.join("、", Arrays.stream(values).map(label).toList()))));
			return null;
		}

		<E> List<E> labels(TemplateColumns column, E[] values, Function<E, String> label) {
			String value = text(column);
			if (value == null) {
				return List.of();
			}
			List<E> result = new ArrayList<>();
			List<String> unknown = new ArrayList<>();
			for (String part : value.split(TemplateColumns.SEPARATOR)) {
				String p = part.strip();
				if (p.isEmpty()) {
					continue;
				}
				E found = Arrays.stream(values).filter(e -> label.apply(e).equals(p)).findFirst().orElse(null);
				if (found == null) {
					unknown.add(p);
				}
				else if (!result.contains(found)) {
					result.add(found);
				}
			}
			if (!unknown.isEmpty()) {
				problems.add(new Problem(column, messages.get("exchange.import.labels", String.join("、", unknown),
						String.join("、", Arrays.stream(values).map(label).toList()))));
			}
			return result;
		}

		Boolean yesNo(TemplateColumns column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			if ("是".equals(value)) {
				return true;
			}
			if ("否".equals(value)) {
				return false;
			}
			problems.add(new Problem(column, messages.get("exchange.import.label", value, "是、否")));
			return null;
		}

		Integer grade() {
			String value = text(TemplateColumns.DISABILITY_GRADE);
			if (value == null) {
				return null;
			}
			int at = GRADES.indexOf(value);
			if (at >= 0) {
				return at + 1;
			}
			if (value.matches("[1-4]")) {
				return Integer.parseInt(value);
			}
			problems.add(new Problem(TemplateColumns.DISABILITY_GRADE, messages.get("exchange.import.grade", value)));
			return null;
		}

		LocalDate date(TemplateColumns column) {
			String value = text(column);
			if (value == null) {
				return null;
			}
			Matcher m = ISO.matcher(value);
			if (!m.matches()) {
				m = SLASH.matcher(value);
			}
			if (m.matches()) {
				try {
					return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3)));
				}
				catch (DateTimeException e) {
					// falls through to the problem
				}
			}
			problems.add(new Problem(column, messages.get("exchange.import.date", value)));
			return null;
		}

		ChildFile.Parent parent(TemplateColumns name, TemplateColumns idNumber, TemplateColumns phone,
				TemplateColumns situation, TemplateColumns workplace) {
			if (empty(name, idNumber, phone, situation, workplace)) {
				return null;
			}
			List<ChildFile.ParentSituation> situations = labels(situation, SituationType.values(), SituationType::label)
				.stream()
				.map(type -> new ChildFile.ParentSituation(type, null, null))
				.toList();
			return new ChildFile.Parent(text(name), text(idNumber), text(phone), null, situations, text(workplace));
		}
	}
}
