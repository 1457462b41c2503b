package org.shouhu.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.ChildFile;
import org.shouhu.child.FamilyIncome;
import org.shouhu.child.Gender;
import org.shouhu.child.GuardianshipGrade;
import org.shouhu.child.HealthStatus;
import org.shouhu.child.HukouType;
import org.shouhu.child.SchoolingStatus;
import org.shouhu.child.SituationType;

/** Fixture factory for child files: valid by default, each with a fresh ID number. */
public final class Children {

	private static final String GIVEN = "小明华丽建国秀英子涵浩然梓轩雨欣思远嘉怡俊杰欣妍";

	private Children() {
	}

	/** Today as the application sees it ({@link TestClock}). */
	public static LocalDate today() {
		return TestClock.today();
	}

	/** A rural 9-year-old whose parents both work away, cared for by the paternal grandparents: LEFT_BEHIND. */
	public static Builder leftBehindWithGrandparents() {
		return new Builder();
	}

	/** Both parents dead: ORPHAN. */
	public static Builder orphan() {
		return new Builder().father(SituationType.DECEASED).mother(SituationType.DECEASED);
	}

	/** Parents at home: no category. */
	public static Builder atHome() {
		return new Builder().father().mother();
	}

	/** A random name with the given surname (two given-name characters). */
	public static String randomName(String surname) {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return surname + GIVEN.charAt(r.nextInt(GIVEN.length())) + GIVEN.charAt(r.nextInt(GIVEN.length()));
	}

	public static final class Builder {

		private String name = randomName("王");
		private Gender gender = Gender.MALE;
		private LocalDate birthDate = today().minusYears(9).minusDays(ThreadLocalRandom.current().nextInt(300));
		private String idNumber = IdNumbers.random(birthDate, gender);
		private boolean idNumberSet;
		private boolean hukouRegistered = true;
		private String villageCode = TestVillages.A;
		private ChildFile.Health health = new ChildFile.Health(HealthStatus.HEALTHY, null, null, null);
		private ChildFile.Parent father = parent("王大", List.of(new ChildFile.ParentSituation(SituationType.OUT_MIGRANT,
				LocalDate.of(2023, 2, 1), null)), "广东省深圳市", "13800000000");
		private ChildFile.Parent mother = parent("李二", List.of(new ChildFile.ParentSituation(SituationType.OUT_MIGRANT,
				null, null)), "浙江省温州市", null);
		private ChildFile.Caregiver caregiver = new ChildFile.Caregiver("王老汉", null, "13900000000",
				CaregiverRelation.PATERNAL_GRANDPARENT, "同住", LocalDate.of(2024, 3, 10));
		private String remarks;
		private Long version;
		private GuardianshipGrade guardianship = GuardianshipGrade.FAIR;
		private boolean livingAlone;

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder village(String villageCode) {
			this.villageCode = villageCode;
			return this;
		}

		/** Birth date (the ID number follows unless set explicitly). */
		public Builder born(LocalDate birthDate) {
			this.birthDate = birthDate;
			if (!idNumberSet) {
				this.idNumber = IdNumbers.random(birthDate, gender);
			}
			return this;
		}

		public Builder female() {
			this.gender = Gender.FEMALE;
			if (!idNumberSet) {
				this.idNumber = IdNumbers.random(birthDate, gender);
			}
			return this;
		}

		public Builder idNumber(String idNumber) {
			this.idNumber = idNumber;
			this.idNumberSet = true;
			return this;
		}

		/** Only the check-free fields change; the ID number keeps the old birth date. */
		public Builder birthDateOnly(LocalDate birthDate) {
			this.birthDate = birthDate;
			this.idNumberSet = true;
			return this;
		}

		public Builder genderOnly(Gender gender) {
			this.gender = gender;
			this.idNumberSet = true;
			return this;
		}

		public Builder withoutHukou() {
			this.hukouRegistered = false;
			this.idNumber = null;
			this.idNumberSet = true;
			return this;
		}

		public Builder health(ChildFile.Health health) {
			this.health = health;
			return this;
		}

		public Builder father(SituationType... types) {
			this.father = parent("王大", situations(types), null, "13800000000");
			return this;
		}

		public Builder mother(SituationType... types) {
			this.mother = parent("李二", situations(types), null, null);
			return this;
		}

		public Builder father(ChildFile.Parent father) {
			this.father = father;
			return this;
		}

		public Builder mother(ChildFile.Parent mother) {
			this.mother = mother;
			return this;
		}

		public Builder caregiver(ChildFile.Caregiver caregiver) {
			this.caregiver = caregiver;
			return this;
		}

		public Builder remarks(String remarks) {
			this.remarks = remarks;
			return this;
		}

		/** 独居: the child lives alone. */
		public Builder livingAlone() {
			this.livingAlone = true;
			return this;
		}

		public Builder guardianship(GuardianshipGrade guardianship) {
			this.guardianship = guardianship;
			return this;
		}

		public Builder version(long version) {
			this.version = version;
			return this;
		}

		public String idNumber() {
			return idNumber;
		}

		public ChildFile build() {
			return new ChildFile(name, idNumber, gender, birthDate, "汉族", hukouRegistered, HukouType.RURAL,
					"陕西省宝鸡市凤县", villageCode, "凤州镇某村3组", health,
					new ChildFile.Schooling(SchoolingStatus.PRIMARY, "凤州镇中心小学", false), father, mother, caregiver,
					guardianship, livingAlone, List.of(FamilyIncome.WAGES, FamilyIncome.FARMING), List.of(),
					remarks, version);
		}

		private static ChildFile.Parent parent(String name, List<ChildFile.ParentSituation> situations,
				String workplace, String phone) {
			return new ChildFile.Parent(name, null, phone, null, situations, workplace);
		}

		private static List<ChildFile.ParentSituation> situations(SituationType... types) {
			List<ChildFile.ParentSituation> list = new ArrayList<>();
			for (SituationType type : types) {
				list.add(new ChildFile.ParentSituation(type, null, null));
			}
			return list;
		}
	}
}
