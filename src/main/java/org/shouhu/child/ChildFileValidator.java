package org.shouhu.child;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.shouhu.common.FieldProblem;
import org.shouhu.common.Messages;
import org.shouhu.common.TextCheck;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Normalizes and checks a {@link ChildFile} (API.md "Children"): every problem at once, each with the JSON path of
 * its field. Contextual checks (jurisdiction, duplicates) are the service's.
 */
@Component
class ChildFileValidator {

	/** Mainland mobile (11 digits, 1[3-9]...) or landline with area code, optional extension. */
	static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

	/**
	 * The ages (full years on today's date) a schooling status fits: from {@code min} (inclusive) to {@code max}
	 * (exclusive; {@code null} = no limit). Sources: 义务教育法 第十一条 (school at 6, where needed at 7), 幼儿园工作规程
	 * 第二条 (kindergarten from 3 until school age), DOMAIN.md §6 (compulsory-school age 6–15, 控辍保学). The limits
	 * leave a year for entry dates: a child of 5 may start school in September before the sixth birthday, one of 2
	 * kindergarten before the third, one of 6 may wait for school; primary takes six years (junior high from 10 at the
	 * earliest, senior high and 中职 from 13). 辍学 is a child who left school, so from school age; 不在学 fits any age.
	 */
	static final Map<SchoolingStatus, AgeRange> SCHOOLING_AGES = new EnumMap<>(Map.of(
			SchoolingStatus.NOT_IN_KINDERGARTEN, new AgeRange(0, 7),
			SchoolingStatus.KINDERGARTEN, new AgeRange(2, 8),
			SchoolingStatus.PRIMARY, new AgeRange(5, null),
			SchoolingStatus.JUNIOR_HIGH, new AgeRange(10, null),
			SchoolingStatus.SENIOR_HIGH, new AgeRange(13, null),
			SchoolingStatus.VOCATIONAL, new AgeRange(13, null),
			SchoolingStatus.DROPPED_OUT, new AgeRange(6, null)));

	record AgeRange(int min, Integer max) {
	}

	/** At most this many situations per parent (each type once; a longer list is refused as a whole). */
	static final int MAX_SITUATIONS = 20;

	private final Regions regions;
	private final Clock clock;
	private final Messages messages;

	ChildFileValidator(Regions regions, Clock clock, Messages messages) {
		this.regions = regions;
		this.clock = clock;
		this.messages = messages;
	}

	/** Trims texts (blank or only control characters → {@code null}, {@link TextCheck}) and upper-cases ID numbers. */
	static ChildFile normalize(ChildFile f) {
		return new ChildFile(text(f.name()), id(f.idNumber()), f.gender(), f.birthDate(), text(f.ethnicity()),
				f.hukouRegistered(), f.hukouType(), text(f.hukouAddress()), text(f.villageCode()), text(f.address()),
				f.health() == null ? null
						: new ChildFile.Health(f.health().status(), text(f.health().disabilityType()),
								f.health().disabilityGrade(), text(f.health().illness())),
				f.schooling() == null ? null
						: new ChildFile.Schooling(f.schooling().status(), text(f.schooling().schoolName()),
								f.schooling().boarding()),
				parent(f.father()), parent(f.mother()),
				f.caregiver() == null ? null
						: new ChildFile.Caregiver(text(f.caregiver().name()), id(f.caregiver().idNumber()),
								phone(f.caregiver().phone()), f.caregiver().relation(), text(f.caregiver().address()),
								f.caregiver().confirmationSignedOn(),
								f.caregiver().checklist() == null || f.caregiver().checklist().nothingEntered() ? null
										: f.caregiver().checklist()),
				f.guardianship(), f.livingAlone(), f.familyIncome(), f.familyAssistance(), text(f.remarks()),
				f.version());
	}

	List<FieldProblem> validate(ChildFile f) {
		Problems problems = new Problems();
		LocalDate today = LocalDate.now(clock);
		problems.required("name", f.name());
		problems.length("name", f.name(), 50);
		problems.required("gender", f.gender());
		problems.required("birthDate", f.birthDate());
		problems.notFuture("birthDate", f.birthDate(), today);
		if (f.villageCode() == null) {
			problems.add("villageCode", messages.get("common.required"));
		}
		else if (!regions.isVillage(f.villageCode())) {
			problems.add("villageCode", messages.get("child.villageCode.invalid"));
		}
		if (f.idNumber() == null) {
			if (!Boolean.FALSE.equals(f.hukouRegistered())) {
				problems.add("idNumber", messages.get("child.idNumber.required"));
			}
		}
		else {
			IdNumber.parse(f.idNumber()).ifPresentOrElse(id -> {
				if (f.birthDate() != null && !f.birthDate().equals(id.birthDate())) {
					problems.add("birthDate", messages.get("child.birthDate.mismatch"));
				}
				if (f.gender() != null && f.gender() != id.gender()) {
					problems.add("gender", messages.get("child.gender.mismatch"));
				}
			}, () -> problems.add("idNumber", messages.get("child.idNumber.invalid")));
		}
		problems.length("ethnicity", f.ethnicity(), 20);
		problems.length("hukouAddress", f.hukouAddress(), 200);
		problems.length("address", f.address(), 200);
		if (f.health() != null) {
			Integer grade = f.health().disabilityGrade();
			if (grade != null && (grade < 1 || grade > 4)) {
				problems.add("health.disabilityGrade", messages.get("child.disabilityGrade.range"));
			}
			problems.length("health.disabilityType", f.health().disabilityType(), 50);
			problems.length("health.illness", f.health().illness(), 200);
		}
		if (f.schooling() != null) {
			problems.length("schooling.schoolName", f.schooling().schoolName(), 100);
			schoolingFitsAge(problems, f.schooling().status(), f.birthDate(), today);
		}
		parent(problems, "father", f.father(), today);
		parent(problems, "mother", f.mother(), today);
		ChildFile.Caregiver c = f.caregiver();
		if (c != null) {
			problems.length("caregiver.name", c.name(), 50);
			problems.idNumber("caregiver.idNumber", c.idNumber());
			problems.phone("caregiver.phone", c.phone());
			problems.length("caregiver.address", c.address(), 200);
			problems.notFuture("caregiver.confirmationSignedOn", c.confirmationSignedOn(), today);
		}
		problems.longText("remarks", f.remarks(), 1000);
		return problems.list;
	}

	private void schoolingFitsAge(Problems problems, SchoolingStatus status, LocalDate birthDate, LocalDate today) {
		AgeRange range = status == null ? null : SCHOOLING_AGES.get(status);
		if (range == null || birthDate == null || birthDate.isAfter(today)) {
			return;
		}
		int age = Child.age(birthDate, today);
		if (age < range.min()) {
			problems.add("schooling.status", messages.get("child.schooling.belowAge", age, status.label(), range.min()));
		}
		else if (range.max() != null && age >= range.max()) {
			problems.add("schooling.status", messages.get("child.schooling.aboveAge", age, status.label(), range.max()));
		}
	}

	private void parent(Problems problems, String path, ChildFile.Parent p, LocalDate today) {
		if (p == null) {
			return;
		}
		problems.length(path + ".name", p.name(), 50);
		problems.idNumber(path + ".idNumber", p.idNumber());
		problems.phone(path + ".phone", p.phone());
		problems.notFuture(path + ".birthDate", p.birthDate(), today);
		problems.length(path + ".workplace", p.workplace(), 100);
		if (p.situations().size() > MAX_SITUATIONS) {
			problems.add(path + ".situations", messages.get("common.tooMany", MAX_SITUATIONS));
			return;
		}
		Set<SituationType> seen = EnumSet.noneOf(SituationType.class);
		for (int i = 0; i < p.situations().size(); i++) {
			ChildFile.ParentSituation s = p.situations().get(i);
			String at = path + ".situations[" + i + "]";
			if (s.type() == null) {
				problems.add(at + ".type", messages.get("common.required"));
			}
			else if (!seen.add(s.type())) {
				problems.add(at + ".type", messages.get("child.situation.duplicate"));
			}
			problems.notFuture(at + ".since", s.since(), today);
			if (s.since() != null && s.until() != null && s.until().isBefore(s.since())) {
				problems.add(at + ".until", messages.get("child.situation.until"));
			}
		}
	}

	private static ChildFile.Parent parent(ChildFile.Parent p) {
		return p == null ? null
				: new ChildFile.Parent(text(p.name()), id(p.idNumber()), phone(p.phone()), p.birthDate(),
						p.situations(), text(p.workplace()));
	}

	private static String text(String value) {
		return TextCheck.normalize(value);
	}

	private static String id(String value) {
		String t = text(value);
		return t == null ? null : t.toUpperCase();
	}

	private static String phone(String value) {
		String t = text(value);
		return t == null ? null : t.replace(" ", "");
	}

	private final class Problems {

		final List<FieldProblem> list = new ArrayList<>();

		void add(String field, String message) {
			list.add(new FieldProblem(field, message));
		}

		void required(String field, Object value) {
			if (value == null) {
				add(field, messages.get("common.required"));
			}
		}

		/** A name or short field: at most {@code max} characters, none of them a control or direction character. */
		void length(String field, String value, int max) {
			if (value != null && value.length() > max) {
				add(field, messages.get("common.tooLong", max));
			}
			else if (!TextCheck.isShortText(value)) {
				add(field, messages.get(TextCheck.INVALID_CHARACTERS));
			}
		}

		/** Free text: at most {@code max} characters; line breaks and tabs, no other control or direction character. */
		void longText(String field, String value, int max) {
			if (value != null && value.length() > max) {
				add(field, messages.get("common.tooLong", max));
			}
			else if (!TextCheck.isLongText(value)) {
				add(field, messages.get(TextCheck.INVALID_CHARACTERS));
			}
		}

		void notFuture(String field, LocalDate date, LocalDate today) {
			if (date != null && date.isAfter(today)) {
				add(field, messages.get("common.futureDate"));
			}
		}

		void idNumber(String field, String value) {
			if (value != null && IdNumber.parse(value).isEmpty()) {
				add(field, messages.get("child.idNumber.invalid"));
			}
		}

		void phone(String field, String value) {
			if (value != null && !PHONE.matcher(value).matches()) {
				add(field, messages.get("child.phone.invalid"));
			}
		}
	}
}
