package org.shouhu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

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

/**
 * Makes realistic child files: valid ID numbers agreeing with birth date and gender, families drawn from
 * {@link FamilyScenario}, schooling by age. Not thread-safe; children's ID numbers are unique per generator.
 */
class ChildGenerator {

	private static final String[] WORKPLACES = { "广东省深圳市", "广东省东莞市", "浙江省杭州市", "浙江省温州市", "江苏省苏州市",
			"上海市", "北京市", "陕西省西安市", "福建省厦门市", "四川省成都市" };
	private static final String[] ILLNESSES = { "尿毒症", "白血病", "先天性心脏病", "精神分裂症", "癌症" };
	private static final String[] DISABILITIES = { "肢体残疾", "智力残疾", "听力残疾", "视力残疾", "言语残疾" };

	private final RandomGenerator random;
	private final LocalDate today;
	private final Set<String> usedIdNumbers = new HashSet<>();

	ChildGenerator(RandomGenerator random, LocalDate today) {
		this.random = random;
		this.today = today;
	}

	ChildFile next(String villageCode, String villageName) {
		return next(villageCode, villageName, FamilyScenario.pick(random.nextDouble()));
	}

	ChildFile next(String villageCode, String villageName, FamilyScenario scenario) {
		Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
		int maxAge = switch (scenario) {
			case BOTH_MIGRANT, MIGRANT_AND_INCAPABLE, MIGRANT_AND_DECEASED, LOST_CONTACT_RECENTLY, UNGUARDED, URBAN_MIGRANT -> 16;
			default -> 18;
		};
		LocalDate birthDate = today.minusYears(1 + random.nextInt(maxAge - 1)).minusDays(random.nextInt(365));
		String county = villageCode.substring(0, 6);
		String idNumber = uniqueIdNumber(county, birthDate, gender);
		String surname = ChineseNames.surname(random);
		String name = ChineseNames.fullName(random, surname, gender);

		List<ChildFile.ParentSituation> father = new ArrayList<>();
		List<ChildFile.ParentSituation> mother = new ArrayList<>();
		HukouType hukouType = HukouType.RURAL;
		HealthStatus health = HealthStatus.HEALTHY;
		String disabilityType = null;
		Integer disabilityGrade = null;
		GuardianshipGrade guardianship = random.nextInt(3) == 0 ? GuardianshipGrade.GOOD : GuardianshipGrade.FAIR;
		boolean livingAlone = false;
		boolean caregiver = false;
		List<FamilyAssistance> assistance = new ArrayList<>();
		List<FamilyIncome> income = new ArrayList<>();
		switch (scenario) {
			case BOTH_MIGRANT -> {
				father.add(migrant());
				mother.add(migrant());
				caregiver = true;
				income.add(FamilyIncome.WAGES);
			}
			case MIGRANT_AND_INCAPABLE -> {
				father.add(migrant());
				mother.add(new ChildFile.ParentSituation(
						random.nextBoolean() ? SituationType.SERIOUS_ILLNESS : SituationType.SEVERE_DISABILITY,
						yearsAgo(1, 6), null));
				guardianship = GuardianshipGrade.PARENT_INCAPABLE;
				caregiver = true;
				income.add(FamilyIncome.WAGES);
				if (random.nextBoolean()) {
					assistance.add(FamilyAssistance.MEDICAL_ASSISTANCE);
				}
			}
			case MIGRANT_AND_DECEASED -> {
				father.add(migrant());
				mother.add(new ChildFile.ParentSituation(SituationType.DECEASED, yearsAgo(1, 8), null));
				caregiver = true;
				income.add(FamilyIncome.WAGES);
			}
			case ORPHAN -> {
				father.add(new ChildFile.ParentSituation(SituationType.DECEASED, yearsAgo(1, 8), null));
				mother.add(new ChildFile.ParentSituation(
						random.nextInt(4) == 0 ? SituationType.DECLARED_MISSING : SituationType.DECEASED, yearsAgo(1, 8), null));
				caregiver = true;
				guardianship = GuardianshipGrade.CAREGIVER_INCAPABLE;
				income.add(FamilyIncome.GOVERNMENT_ASSISTANCE);
			}
			case IMPRISONED_AND_LOST -> {
				LocalDate since = yearsAgo(1, 4);
				father.add(new ChildFile.ParentSituation(SituationType.IMPRISONED, since, today.plusYears(1 + random.nextInt(5))));
				mother.add(new ChildFile.ParentSituation(SituationType.LOST_CONTACT, today.minusMonths(7 + random.nextInt(30)), null));
				caregiver = true;
				guardianship = GuardianshipGrade.CAREGIVER_INCAPABLE;
				income.add(FamilyIncome.RELATIVES);
			}
			case DECEASED_AND_DISABLED -> {
				father.add(new ChildFile.ParentSituation(SituationType.DECEASED, yearsAgo(1, 8), null));
				mother.add(new ChildFile.ParentSituation(SituationType.SEVERE_DISABILITY, yearsAgo(2, 8), null));
				assistance.add(FamilyAssistance.DIBAO);
				income.add(FamilyIncome.GOVERNMENT_ASSISTANCE);
				guardianship = GuardianshipGrade.PARENT_INCAPABLE;
			}
			case LOST_CONTACT_RECENTLY -> {
				father.add(migrant());
				mother.add(new ChildFile.ParentSituation(SituationType.LOST_CONTACT, today.minusMonths(1 + random.nextInt(4)), null));
				caregiver = true;
				income.add(FamilyIncome.WAGES);
			}
			case POVERTY -> {
				assistance.add(random.nextInt(10) == 0 ? FamilyAssistance.TEKUN : FamilyAssistance.DIBAO);
				income.add(FamilyIncome.FARMING);
				income.add(FamilyIncome.GOVERNMENT_ASSISTANCE);
			}
			case DISABLED_CHILD -> {
				health = HealthStatus.DISABLED;
				disabilityType = DISABILITIES[random.nextInt(DISABILITIES.length)];
				disabilityGrade = 1 + random.nextInt(4);
				income.add(FamilyIncome.FARMING);
			}
			case UNGUARDED -> {
				father.add(migrant());
				mother.add(migrant());
				guardianship = GuardianshipGrade.NONE;
				livingAlone = true;
				income.add(FamilyIncome.WAGES);
			}
			case URBAN_MIGRANT -> {
				hukouType = HukouType.URBAN;
				father.add(migrant());
				mother.add(migrant());
				caregiver = true;
				income.add(FamilyIncome.WAGES);
			}
			case ORDINARY -> income.add(random.nextBoolean() ? FamilyIncome.FARMING : FamilyIncome.WAGES);
		}
		int age = today.getYear() - birthDate.getYear();
		ChildFile.Schooling schooling = schooling(age, villageName);
		String fatherName = surname + ChineseNames.givenName(random, Gender.MALE);
		String motherName = ChineseNames.fullName(random, ChineseNames.surname(random), Gender.FEMALE);
		ChildFile.Parent fatherFile = new ChildFile.Parent(fatherName,
				GeneratedIdNumbers.next(random, county, birthDate.minusYears(24 + random.nextInt(10)), Gender.MALE), mobile(),
				null, father, workplace(father));
		ChildFile.Parent motherFile = new ChildFile.Parent(motherName,
				GeneratedIdNumbers.next(random, county, birthDate.minusYears(22 + random.nextInt(10)), Gender.FEMALE), mobile(),
				null, mother, workplace(mother));
		ChildFile.Caregiver caregiverFile = caregiver ? grandparent(surname) : null;
		String group = (1 + random.nextInt(9)) + "组";
		return new ChildFile(name, idNumber, gender, birthDate, random.nextInt(20) == 0 ? "回族" : "汉族", true, hukouType,
				"陕西省宝鸡市", villageCode, villageName + group, new ChildFile.Health(health, disabilityType, disabilityGrade,
						health == HealthStatus.SERIOUSLY_ILL ? ILLNESSES[random.nextInt(ILLNESSES.length)] : null),
				schooling, fatherFile, motherFile, caregiverFile, guardianship, livingAlone, income, assistance, null, null);
	}

	private ChildFile.ParentSituation migrant() {
		return new ChildFile.ParentSituation(SituationType.OUT_MIGRANT, yearsAgo(0, 6), null);
	}

	private String workplace(List<ChildFile.ParentSituation> situations) {
		return situations.stream().anyMatch(s -> s.type() == SituationType.OUT_MIGRANT)
				? WORKPLACES[random.nextInt(WORKPLACES.length)] : null;
	}

	private ChildFile.Caregiver grandparent(String surname) {
		boolean paternal = random.nextInt(4) != 0;
		CaregiverRelation relation = paternal ? CaregiverRelation.PATERNAL_GRANDPARENT
				: random.nextInt(5) == 0 ? CaregiverRelation.OTHER_RELATIVE : CaregiverRelation.MATERNAL_GRANDPARENT;
		String name = (paternal ? surname : ChineseNames.surname(random)) + (random.nextBoolean() ? "老汉" : "秀英");
		return new ChildFile.Caregiver(name, null, mobile(), relation, "同住", today.minusDays(30 + random.nextInt(700)));
	}

	private ChildFile.Schooling schooling(int age, String villageName) {
		String place = villageName.replaceAll("(村|社区|村委会|居委会)$", "");
		if (age < 3) {
			return new ChildFile.Schooling(SchoolingStatus.NOT_IN_KINDERGARTEN, null, false);
		}
		if (age < 6) {
			return new ChildFile.Schooling(SchoolingStatus.KINDERGARTEN, place + "幼儿园", false);
		}
		if (age < 12) {
			return new ChildFile.Schooling(SchoolingStatus.PRIMARY, place + "小学", false);
		}
		if (age < 15) {
			if (random.nextInt(60) == 0) {
				return new ChildFile.Schooling(SchoolingStatus.DROPPED_OUT, null, false);
			}
			return new ChildFile.Schooling(SchoolingStatus.JUNIOR_HIGH, "凤县初级中学", random.nextBoolean());
		}
		return random.nextInt(4) == 0 ? new ChildFile.Schooling(SchoolingStatus.VOCATIONAL, "凤县职业教育中心", true)
				: new ChildFile.Schooling(SchoolingStatus.SENIOR_HIGH, "凤县中学", true);
	}

	private LocalDate yearsAgo(int min, int max) {
		return today.minusYears(min).minusDays(random.nextInt(Math.max(1, (max - min) * 365)));
	}

	private String mobile() {
		String[] prefixes = { "138", "139", "135", "136", "150", "151", "158", "187", "188", "177", "199" };
		return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
	}

	private String uniqueIdNumber(String county, LocalDate birthDate, Gender gender) {
		String id;
		do {
			id = GeneratedIdNumbers.next(random, county, birthDate, gender);
		}
		while (!usedIdNumbers.add(id));
		return id;
	}
}
