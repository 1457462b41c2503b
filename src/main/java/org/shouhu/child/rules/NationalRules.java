package org.shouhu.child.rules;

import static org.shouhu.child.SituationType.COMPULSORY_DETOX;
import static org.shouhu.child.SituationType.DECEASED;
import static org.shouhu.child.SituationType.DECLARED_DEAD;
import static org.shouhu.child.SituationType.DECLARED_MISSING;
import static org.shouhu.child.SituationType.IMPRISONED;
import static org.shouhu.child.SituationType.LOST_CONTACT;
import static org.shouhu.child.SituationType.OTHER_DETENTION;
import static org.shouhu.child.SituationType.OUT_MIGRANT;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.shouhu.child.Category;
import org.shouhu.child.FamilyAssistance;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SituationType;

/**
 * The national classification rules (DOMAIN.md §1–2), parameterised by {@link RuleSettings} so that a province's
 * variant is the same rules with other settings (see {@link GuangdongRules}).
 * <p>
 * How the rules read the facts on the reference date:
 * <ul>
 * <li><b>Age</b> is whole years on the reference date: on the 16th birthday the child is 16 and no longer under 16.
 * A child born on 29 February has the birthday on 1 March in common years. A child without a birth date (or born
 * after the reference date) has no age, and since every category requires an age (LEFT_BEHIND under 16, all others
 * under 18) gets no category.</li>
 * <li>A situation is <b>in force</b> on the reference date when its {@code since} (if given) is not after it and its
 * {@code until} (if given) is not before it: it still counts on the {@code until} day and stops the day after.
 * Situations not in force are ignored, as if the parent did not have them.</li>
 * <li>A parent is <b>gone</b> when DECEASED, DECLARED_DEAD or DECLARED_MISSING is in force.</li>
 * <li>A parent <b>cannot guard</b> (LEFT_BEHIND) when any situation other than OUT_MIGRANT is in force, whether
 * or not it belongs to set S of the variant. The 62号 duration conditions do not apply here: they are conditions of
 * 62号 for de-facto unsupported children, not of 13号; a mother detained for two months cannot guard today.</li>
 * <li>A parent is <b>in set S</b> when a situation of {@link RuleSettings#unsupportedSituations()} is in force and meets
 * its duration condition (民发〔2019〕62号):
 * <ul>
 * <li>LOST_CONTACT counts once {@code since} plus 6 months is not after the reference date (exactly 6 months counts;
 * month ends clamp, so 31 August reaches 6 months on the last day of February). Without {@code since} the 6 months
 * cannot be shown, so it does not count; such a parent still cannot guard for LEFT_BEHIND.</li>
 * <li>IMPRISONED, COMPULSORY_DETOX and OTHER_DETENTION count, when both {@code since} and {@code until} are given,
 * only if {@code since} plus 6 months is not after {@code until} (a term of exactly 6 months counts). When either date
 * is missing the term cannot be measured and the condition, which 62号 sets for a known term, does not apply: a term
 * without {@code until} (life, or end unknown) counts while in force; so does one with only {@code until}, up to that
 * date.</li>
 * <li>Other members of S count while in force.</li>
 * </ul>
 * </li>
 * </ul>
 */
public class NationalRules implements ClassificationRules {

	private static final Set<SituationType> GONE = EnumSet.of(DECEASED, DECLARED_DEAD, DECLARED_MISSING);

	private static final Set<SituationType> DETENTION = EnumSet.of(IMPRISONED, COMPULSORY_DETOX, OTHER_DETENTION);

	// 民发〔2019〕62号: 失联满6个月; 服刑在押、强制隔离戒毒或被执行其他限制人身自由的措施期限在6个月以上
	private static final Period SIX_MONTHS = Period.ofMonths(6);

	// 国发〔2016〕13号: 不满十六周岁
	private static final int LEFT_BEHIND_AGE = 16;

	private static final int CHILD_AGE = 18;

	private final RuleSettings settings;

	/** The national rules with the national settings. */
	public NationalRules() {
		this(RuleSettings.national());
	}

	/** The national rules with a variant's settings. */
	public NationalRules(RuleSettings settings) {
		this.settings = Objects.requireNonNull(settings, "settings");
	}

	public RuleSettings settings() {
		return settings;
	}

	@Override
	public List<CategoryAssignment> classify(ChildFacts facts, LocalDate referenceDate) {
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(referenceDate, "referenceDate");
		if (!isUnder(facts.birthDate(), CHILD_AGE, referenceDate)) {
			return List.of();
		}
		Parent father = new Parent(facts.father(), referenceDate);
		Parent mother = new Parent(facts.mother(), referenceDate);
		List<CategoryAssignment> result = new ArrayList<>();

		if (facts.hukouType() == HukouType.RURAL && isUnder(facts.birthDate(), LEFT_BEHIND_AGE, referenceDate)) {
			leftBehind(father, mother).ifPresent(result::add);
		}
		boolean orphan = father.gone() && mother.gone();
		if (orphan) {
			result.add(new CategoryAssignment(Category.ORPHAN,
					Bases.orphan(Bases.parents(Bases.joined(father.goneTypes()), Bases.joined(mother.goneTypes())))));
		}
		String deFacto = orphan ? null : deFactoUnsupported(father, mother);
		if (deFacto != null) {
			result.add(new CategoryAssignment(Category.DE_FACTO_UNSUPPORTED, Bases.deFactoUnsupported(deFacto)));
		}
		List<String> assistance = new ArrayList<>();
		if (facts.familyAssistance().contains(FamilyAssistance.DIBAO)) {
			assistance.add("最低生活保障");
		}
		if (facts.familyAssistance().contains(FamilyAssistance.TEKUN)) {
			assistance.add("特困人员救助供养");
		}
		if (!assistance.isEmpty()) {
			result.add(new CategoryAssignment(Category.POVERTY_DIFFICULTY, Bases.povertyDifficulty(assistance)));
		}
		if (facts.health() == HealthStatus.DISABLED) {
			result.add(new CategoryAssignment(Category.DISABILITY_DIFFICULTY, Bases.disabilityDifficulty()));
		}
		List<String> guardianship = new ArrayList<>();
		if (orphan) {
			guardianship.add("属孤儿");
		}
		if (deFacto != null) {
			guardianship.add("属事实无人抚养儿童");
		}
		if (facts.guardianship() == GuardianshipGrade.NONE) {
			guardianship.add("无人监护");
		}
		if (facts.harmByGuardianConfirmed()) {
			guardianship.add(facts.harmByGuardianBasis() == null ? "经强制报告查实遭受监护人侵害"
					: facts.harmByGuardianBasis());
		}
		if (!guardianship.isEmpty()) {
			result.add(new CategoryAssignment(Category.GUARDIANSHIP_DIFFICULTY,
					Bases.guardianshipDifficulty(guardianship)));
		}
		return List.copyOf(result);
	}

	@Override
	public LocalDate nextChangeAfter(ChildFacts facts, LocalDate referenceDate) {
		Objects.requireNonNull(facts, "facts");
		Objects.requireNonNull(referenceDate, "referenceDate");
		LocalDate birth = facts.birthDate();
		if (birth == null) {
			return null;
		}
		LocalDate adult = birthday(birth, CHILD_AGE);
		if (!referenceDate.isBefore(adult)) {
			return null; // every category ends at 18
		}
		List<LocalDate> candidates = new ArrayList<>(List.of(birth, birthday(birth, LEFT_BEHIND_AGE), adult));
		Stream.concat(facts.father().stream(), facts.mother().stream()).forEach(situation -> {
			if (situation.since() != null) {
				candidates.add(situation.since());
				if (situation.type() == LOST_CONTACT) {
					candidates.add(situation.since().plus(SIX_MONTHS));
				}
			}
			if (situation.until() != null) {
				candidates.add(situation.until().plusDays(1));
			}
		});
		return candidates.stream()
			.filter(date -> date.isAfter(referenceDate) && !date.isAfter(adult))
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	private Optional<CategoryAssignment> leftBehind(Parent father, Parent mother) {
		String parents = null;
		if (father.outMigrant() && mother.outMigrant()) {
			parents = Bases.parents(Bases.phrase(OUT_MIGRANT), Bases.phrase(OUT_MIGRANT));
		}
		else if (father.outMigrant() && mother.cannotGuard()) {
			parents = Bases.parents(Bases.phrase(OUT_MIGRANT), mother.incapacity());
		}
		else if (mother.outMigrant() && father.cannotGuard()) {
			parents = Bases.parents(father.incapacity(), Bases.phrase(OUT_MIGRANT));
		}
		return Optional.ofNullable(parents)
			.map(text -> new CategoryAssignment(Category.LEFT_BEHIND, Bases.leftBehind(text)));
	}

	/** The parents part of the basis when the child is de-facto unsupported, otherwise null. */
	private String deFactoUnsupported(Parent father, Parent mother) {
		List<SituationType> fatherS = father.inS(settings.unsupportedSituations());
		List<SituationType> motherS = mother.inS(settings.unsupportedSituations());
		if (!fatherS.isEmpty() && !motherS.isEmpty()) {
			return Bases.parents(sPhrase(fatherS), sPhrase(motherS));
		}
		if (father.gone() && !motherS.isEmpty()) {
			return Bases.parents(Bases.joined(father.goneTypes()), sPhrase(motherS));
		}
		if (mother.gone() && !fatherS.isEmpty()) {
			return Bases.parents(sPhrase(fatherS), Bases.joined(mother.goneTypes()));
		}
		return null;
	}

	private static String sPhrase(List<SituationType> types) {
		return String.join("且", types.stream()
			.map(type -> type == LOST_CONTACT ? Bases.phrase(type) + "满6个月" : Bases.phrase(type))
			.toList());
	}

	/** Whether the child, born on {@code birth}, is younger than {@code years} on the reference date. */
	private static boolean isUnder(LocalDate birth, int years, LocalDate referenceDate) {
		return birth != null && !birth.isAfter(referenceDate) && referenceDate.isBefore(birthday(birth, years));
	}

	/**
	 * The day the child turns {@code years}. A 29 February birthday counts as 1 March in common years (the child has
	 * not completed the year on 28 February).
	 */
	static LocalDate birthday(LocalDate birth, int years) {
		LocalDate date = birth.plusYears(years);
		boolean leapDay = birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29;
		return leapDay && !date.isLeapYear() ? date.plusDays(1) : date;
	}

	/** One parent's situations as they stand on the reference date. */
	private static final class Parent {

		private final List<Situation> inForce;

		private final LocalDate referenceDate;

		Parent(List<Situation> situations, LocalDate referenceDate) {
			this.inForce = situations.stream()
				.filter(situation -> situation != null && situation.type() != null)
				.filter(situation -> situation.since() == null || !situation.since().isAfter(referenceDate))
				.filter(situation -> situation.until() == null || !situation.until().isBefore(referenceDate))
				.toList();
			this.referenceDate = referenceDate;
		}

		boolean outMigrant() {
			return types().anyMatch(type -> type == OUT_MIGRANT);
		}

		boolean gone() {
			return types().anyMatch(GONE::contains);
		}

		List<SituationType> goneTypes() {
			return types().filter(GONE::contains).distinct().toList();
		}

		boolean cannotGuard() {
			return types().anyMatch(type -> type != OUT_MIGRANT);
		}

		/** What makes the parent unable to guard, e.g. 重病（无监护能力） or 死亡. */
		String incapacity() {
			List<SituationType> types = types().filter(type -> type != OUT_MIGRANT).distinct().toList();
			boolean allGone = types.stream().allMatch(GONE::contains);
			return Bases.joined(types) + (allGone ? "" : Bases.INCAPABLE);
		}

		/** The situations of set S that count for 62号 on the reference date, in {@link SituationType} order. */
		List<SituationType> inS(Set<SituationType> s) {
			return inForce.stream()
				.filter(situation -> s.contains(situation.type()))
				.filter(situation -> meetsDuration(situation, referenceDate))
				.map(Situation::type)
				.distinct()
				.sorted()
				.toList();
		}

		private Stream<SituationType> types() {
			return inForce.stream().map(Situation::type).sorted();
		}
	}

	/** 民发〔2019〕62号 duration conditions; true for situations without one. Assumes the situation is in force. */
	private static boolean meetsDuration(Situation situation, LocalDate referenceDate) {
		if (situation.type() == LOST_CONTACT) {
			// 民发〔2019〕62号: 失联满6个月
			return situation.since() != null && !situation.since().plus(SIX_MONTHS).isAfter(referenceDate);
		}
		if (DETENTION.contains(situation.type()) && situation.since() != null && situation.until() != null) {
			// 民发〔2019〕62号: 期限在6个月以上
			return !situation.since().plus(SIX_MONTHS).isAfter(situation.until());
		}
		return true;
	}
}
