package org.shouhu.child.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;

/**
 * The situations of 《中华人民共和国未成年人保护法》（2020年修订）第二十一条 that a child's file shows, as warnings on the file
 * and in the lists (issue "Protection response", "Caregiver oversight"). Pure rules over the file's facts as of a
 * reference date; the Chinese texts are the messages {@code child.warning.<code>}.
 * <p>
 * Art 21 para 1: 未成年人的父母或者其他监护人不得使未满八周岁或者由于身体、心理原因需要特别照顾的未成年人处于无人看护状态……
 * Art 21 para 2: 未成年人的父母或者其他监护人不得使未满十六周岁的未成年人脱离监护单独生活。
 * <p>
 * How the file's facts are read on the reference date:
 * <ul>
 * <li><b>Age</b> as in {@link NationalRules}: whole years, on the 16th (8th) birthday the child is no longer under 16
 * (8); a 29 February birthday counts as 1 March in common years. No birth date, or born after the date: no warning.</li>
 * <li><b>Living alone</b> (独居) is the file's {@code livingAlone}: under 16 it is {@link Art21Warning#LIVING_ALONE_UNDER_16}.</li>
 * <li><b>Without care</b> (无人看护): the guardianship grade is {@code NONE} (无人监护), or the child lives alone, or
 * no parent is at home (each parent has a situation in force on the date: away, gone or unable, DOMAIN.md §2) and no
 * entrusted caregiver is named. Under 8 it is {@link Art21Warning#UNATTENDED_UNDER_8}; a child under 18 who is
 * disabled or seriously ill (需要特别照顾) and 8 or older gets {@link Art21Warning#UNATTENDED_SPECIAL_CARE}.</li>
 * </ul>
 */
public final class Art21Rules {

	// 未保法 第二十一条第二款: 未满十六周岁
	static final int ALONE_AGE = 16;

	// 未保法 第二十一条第一款: 未满八周岁
	static final int UNATTENDED_AGE = 8;

	// 未保法 第二条: 未成年人是指未满十八周岁的公民
	static final int CHILD_AGE = 18;

	private Art21Rules() {
	}

	/**
	 * What the rules look at. {@code father}/{@code mother} are the parents' situations (empty: the parent lives at
	 * home and can guard); {@code caregiverNamed} whether the file names an entrusted caregiver.
	 */
	public record Facts(LocalDate birthDate, HealthStatus health, boolean livingAlone, GuardianshipGrade guardianship,
			List<Situation> father, List<Situation> mother, boolean caregiverNamed) {

		public Facts {
			father = father == null ? List.of() : List.copyOf(father);
			mother = mother == null ? List.of() : List.copyOf(mother);
		}
	}

	/** The Art 21 situations of the file on {@code date}, in {@link Art21Warning} order; empty when none. */
	public static List<Art21Warning> warnings(Facts facts, LocalDate date) {
		List<Art21Warning> warnings = new ArrayList<>();
		LocalDate birth = facts.birthDate();
		if (birth == null || date == null || birth.isAfter(date)) {
			return warnings;
		}
		if (facts.livingAlone() && isUnder(birth, ALONE_AGE, date)) {
			warnings.add(Art21Warning.LIVING_ALONE_UNDER_16);
		}
		if (unattended(facts, date)) {
			if (isUnder(birth, UNATTENDED_AGE, date)) {
				warnings.add(Art21Warning.UNATTENDED_UNDER_8);
			}
			else if (needsSpecialCare(facts) && isUnder(birth, CHILD_AGE, date)) {
				warnings.add(Art21Warning.UNATTENDED_SPECIAL_CARE);
			}
		}
		return warnings;
	}

	private static boolean unattended(Facts facts, LocalDate date) {
		if (facts.guardianship() == GuardianshipGrade.NONE || facts.livingAlone()) {
			return true;
		}
		return away(facts.father(), date) && away(facts.mother(), date) && !facts.caregiverNamed();
	}

	/** 由于身体、心理原因需要特别照顾: the file records a disability or a serious illness. */
	private static boolean needsSpecialCare(Facts facts) {
		return facts.health() == HealthStatus.DISABLED || facts.health() == HealthStatus.SERIOUSLY_ILL;
	}

	/** Whether a parent is not at home on {@code date}: any situation in force (DOMAIN.md §2). */
	private static boolean away(List<Situation> situations, LocalDate date) {
		return situations.stream()
			.filter(s -> s != null && s.type() != null)
			.anyMatch(s -> (s.since() == null || !s.since().isAfter(date))
					&& (s.until() == null || !s.until().isBefore(date)));
	}

	private static boolean isUnder(LocalDate birth, int years, LocalDate date) {
		return date.isBefore(NationalRules.birthday(birth, years));
	}
}
