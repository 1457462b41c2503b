package org.shouhu.child.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shouhu.child.CaregiverDisqualification;
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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The new/edit form of a child file. Field names are the JSON paths of {@link ChildFile}, so the service's field
 * problems land next to their inputs; parents' situations are one row per {@link SituationType} (index = ordinal),
 * checked rows become the file's situations. Bound as JavaBeans.
 */
public class ChildForm {

	private String name;
	private String idNumber;
	private Gender gender;
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate birthDate;
	private String ethnicity;
	private Boolean hukouRegistered = true;
	private HukouType hukouType;
	private String hukouAddress;
	private String villageCode;
	private String address;
	private HealthForm health = new HealthForm();
	private SchoolingForm schooling = new SchoolingForm();
	private ParentForm father = new ParentForm();
	private ParentForm mother = new ParentForm();
	private CaregiverForm caregiver = new CaregiverForm();
	private GuardianshipGrade guardianship;
	private boolean livingAlone;
	private List<FamilyIncome> familyIncome = new ArrayList<>();
	private List<FamilyAssistance> familyAssistance = new ArrayList<>();
	private String remarks;
	private Long version;

	public static class HealthForm {
		private HealthStatus status;
		private String disabilityType;
		private Integer disabilityGrade;
		private String illness;

		public HealthStatus getStatus() {
			return status;
		}

		public void setStatus(HealthStatus status) {
			this.status = status;
		}

		public String getDisabilityType() {
			return disabilityType;
		}

		public void setDisabilityType(String disabilityType) {
			this.disabilityType = disabilityType;
		}

		public Integer getDisabilityGrade() {
			return disabilityGrade;
		}

		public void setDisabilityGrade(Integer disabilityGrade) {
			this.disabilityGrade = disabilityGrade;
		}

		public String getIllness() {
			return illness;
		}

		public void setIllness(String illness) {
			this.illness = illness;
		}
	}

	public static class SchoolingForm {
		private SchoolingStatus status;
		private String schoolName;
		private boolean boarding;

		public SchoolingStatus getStatus() {
			return status;
		}

		public void setStatus(SchoolingStatus status) {
			this.status = status;
		}

		public String getSchoolName() {
			return schoolName;
		}

		public void setSchoolName(String schoolName) {
			this.schoolName = schoolName;
		}

		public boolean getBoarding() {
			return boarding;
		}

		public void setBoarding(boolean boarding) {
			this.boarding = boarding;
		}
	}

	public static class ParentForm {
		private String name;
		private String idNumber;
		private String phone;
		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate birthDate;
		private String workplace;
		private List<SituationForm> situations = new ArrayList<>();

		/** The row of a situation type (empty when never bound). */
		public SituationForm row(SituationType type) {
			return type.ordinal() < situations.size() && situations.get(type.ordinal()) != null
					? situations.get(type.ordinal()) : new SituationForm();
		}

		public boolean has(SituationType type) {
			return row(type).type == type;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public LocalDate getBirthDate() {
			return birthDate;
		}

		public void setBirthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		public String getWorkplace() {
			return workplace;
		}

		public void setWorkplace(String workplace) {
			this.workplace = workplace;
		}

		public List<SituationForm> getSituations() {
			return situations;
		}

		public void setSituations(List<SituationForm> situations) {
			this.situations = situations;
		}
	}

	public static class SituationForm {
		private SituationType type;
		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate since;
		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate until;

		public SituationType getType() {
			return type;
		}

		public void setType(SituationType type) {
			this.type = type;
		}

		public LocalDate getSince() {
			return since;
		}

		public void setSince(LocalDate since) {
			this.since = since;
		}

		public LocalDate getUntil() {
			return until;
		}

		public void setUntil(LocalDate until) {
			this.until = until;
		}
	}

	public static class CaregiverForm {
		private String name;
		private String idNumber;
		private String phone;
		private CaregiverRelation relation;
		private String address;
		@DateTimeFormat(iso = ISO.DATE)
		private LocalDate confirmationSignedOn;
		private Boolean checklistAdult;
		private Boolean checklistCapable;
		private List<CaregiverDisqualification> disqualifications = new ArrayList<>();

		public Boolean getChecklistAdult() {
			return checklistAdult;
		}

		public void setChecklistAdult(Boolean checklistAdult) {
			this.checklistAdult = checklistAdult;
		}

		public Boolean getChecklistCapable() {
			return checklistCapable;
		}

		public void setChecklistCapable(Boolean checklistCapable) {
			this.checklistCapable = checklistCapable;
		}

		public List<CaregiverDisqualification> getDisqualifications() {
			return disqualifications;
		}

		public void setDisqualifications(List<CaregiverDisqualification> disqualifications) {
			this.disqualifications = disqualifications == null ? new ArrayList<>() : disqualifications;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getIdNumber() {
			return idNumber;
		}

		public void setIdNumber(String idNumber) {
			this.idNumber = idNumber;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public CaregiverRelation getRelation() {
			return relation;
		}

		public void setRelation(CaregiverRelation relation) {
			this.relation = relation;
		}

		public String getAddress() {
			return address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public LocalDate getConfirmationSignedOn() {
			return confirmationSignedOn;
		}

		public void setConfirmationSignedOn(LocalDate confirmationSignedOn) {
			this.confirmationSignedOn = confirmationSignedOn;
		}
	}

	static ChildForm of(ChildFile f) {
		ChildForm form = new ChildForm();
		form.name = f.name();
		form.idNumber = f.idNumber();
		form.gender = f.gender();
		form.birthDate = f.birthDate();
		form.ethnicity = f.ethnicity();
		form.hukouRegistered = f.hukouRegistered() == null || f.hukouRegistered();
		form.hukouType = f.hukouType();
		form.hukouAddress = f.hukouAddress();
		form.villageCode = f.villageCode();
		form.address = f.address();
		if (f.health() != null) {
			form.health.status = f.health().status();
			form.health.disabilityType = f.health().disabilityType();
			form.health.disabilityGrade = f.health().disabilityGrade();
			form.health.illness = f.health().illness();
		}
		if (f.schooling() != null) {
			form.schooling.status = f.schooling().status();
			form.schooling.schoolName = f.schooling().schoolName();
			form.schooling.boarding = Boolean.TRUE.equals(f.schooling().boarding());
		}
		form.father = parent(f.father());
		form.mother = parent(f.mother());
		if (f.caregiver() != null) {
			form.caregiver.name = f.caregiver().name();
			form.caregiver.idNumber = f.caregiver().idNumber();
			form.caregiver.phone = f.caregiver().phone();
			form.caregiver.relation = f.caregiver().relation();
			form.caregiver.address = f.caregiver().address();
			form.caregiver.confirmationSignedOn = f.caregiver().confirmationSignedOn();
			ChildFile.CaregiverChecklist checklist = f.caregiver().checklist();
			if (checklist != null) {
				form.caregiver.checklistAdult = checklist.adult();
				form.caregiver.checklistCapable = checklist.capable();
				form.caregiver.disqualifications = new ArrayList<>(checklist.disqualifications());
			}
		}
		form.guardianship = f.guardianship();
		form.livingAlone = Boolean.TRUE.equals(f.livingAlone());
		form.familyIncome = new ArrayList<>(f.familyIncome());
		form.familyAssistance = new ArrayList<>(f.familyAssistance());
		form.remarks = f.remarks();
		form.version = f.version();
		return form;
	}

	ChildFile toFile() {
		return new ChildFile(name, idNumber, gender, birthDate, ethnicity, hukouRegistered, hukouType, hukouAddress,
				villageCode, address,
				new ChildFile.Health(health.status, health.disabilityType, health.disabilityGrade, health.illness),
				new ChildFile.Schooling(schooling.status, schooling.schoolName, schooling.boarding), parent(father),
				parent(mother),
				new ChildFile.Caregiver(caregiver.name, caregiver.idNumber, caregiver.phone, caregiver.relation,
						caregiver.address, caregiver.confirmationSignedOn,
						new ChildFile.CaregiverChecklist(caregiver.checklistAdult, caregiver.checklistCapable,
								caregiver.disqualifications)),
				guardianship, livingAlone, familyIncome, familyAssistance, remarks, version);
	}

	private static final Pattern SITUATION_PATH = Pattern.compile("^(father|mother)\\.situations\\[(\\d+)](.*)$");

	/**
	 * Field problems keyed by form field: the file's situation index (among the checked ones) becomes the row of its
	 * type.
	 */
	/** The form's field paths top to bottom (child/form.html), the order of its error summary. */
	static final List<String> FIELD_ORDER = List.of("name", "idNumber", "gender", "birthDate", "ethnicity",
			"hukouRegistered", "hukouType", "hukouAddress", "villageCode", "address", "father.name", "father.phone",
			"father.situations", "father.workplace", "father.idNumber", "father.birthDate", "father", "mother.name",
			"mother.phone", "mother.situations", "mother.workplace", "mother.idNumber", "mother.birthDate", "mother",
			"caregiver.name", "caregiver.relation", "caregiver.phone", "caregiver.idNumber", "caregiver.address",
			"caregiver.confirmationSignedOn", "caregiver.checklistAdult", "caregiver.checklistCapable",
			"caregiver.disqualifications", "caregiver", "health.status", "health.disabilityType",
			"health.disabilityGrade", "health.illness", "health", "schooling.status", "schooling.schoolName",
			"schooling.boarding", "schooling", "guardianship", "livingAlone", "familyIncome", "familyAssistance",
			"remarks");

	Map<String, String> formFields(Map<String, String> fileErrors) {
		Map<String, String> result = new HashMap<>();
		fileErrors.forEach((field, message) -> {
			Matcher m = SITUATION_PATH.matcher(field);
			if (m.matches()) {
				List<SituationType> checked = checked("father".equals(m.group(1)) ? father : mother);
				int index = Integer.parseInt(m.group(2));
				if (index < checked.size()) {
					field = m.group(1) + ".situations[" + checked.get(index).ordinal() + "]" + m.group(3);
				}
			}
			result.putIfAbsent(field, message);
		});
		return result;
	}

	private static List<SituationType> checked(ParentForm p) {
		List<SituationType> types = new ArrayList<>();
		for (SituationType type : SituationType.values()) {
			if (p.has(type)) {
				types.add(type);
			}
		}
		return types;
	}

	private static ParentForm parent(ChildFile.Parent p) {
		ParentForm form = new ParentForm();
		for (int i = 0; i < SituationType.values().length; i++) {
			form.situations.add(new SituationForm());
		}
		if (p == null) {
			return form;
		}
		form.name = p.name();
		form.idNumber = p.idNumber();
		form.phone = p.phone();
		form.birthDate = p.birthDate();
		form.workplace = p.workplace();
		for (ChildFile.ParentSituation s : p.situations()) {
			if (s.type() != null) {
				SituationForm row = form.situations.get(s.type().ordinal());
				row.type = s.type();
				row.since = s.since();
				row.until = s.until();
			}
		}
		return form;
	}

	/** The parent as posted; the workplace only with 外出务工 ticked (the page hides it otherwise). */
	private static ChildFile.Parent parent(ParentForm p) {
		List<ChildFile.ParentSituation> situations = new ArrayList<>();
		for (SituationType type : checked(p)) {
			SituationForm row = p.row(type);
			situations.add(new ChildFile.ParentSituation(type, row.since, row.until));
		}
		boolean away = situations.stream().anyMatch(s -> s.type() == SituationType.OUT_MIGRANT);
		return new ChildFile.Parent(p.name, p.idNumber, p.phone, p.birthDate, situations, away ? p.workplace : null);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIdNumber() {
		return idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public Gender getGender() {
		return gender;
	}

	public void setGender(Gender gender) {
		this.gender = gender;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getEthnicity() {
		return ethnicity;
	}

	public void setEthnicity(String ethnicity) {
		this.ethnicity = ethnicity;
	}

	public Boolean getHukouRegistered() {
		return hukouRegistered;
	}

	public void setHukouRegistered(Boolean hukouRegistered) {
		this.hukouRegistered = hukouRegistered;
	}

	public HukouType getHukouType() {
		return hukouType;
	}

	public void setHukouType(HukouType hukouType) {
		this.hukouType = hukouType;
	}

	public String getHukouAddress() {
		return hukouAddress;
	}

	public void setHukouAddress(String hukouAddress) {
		this.hukouAddress = hukouAddress;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public HealthForm getHealth() {
		return health;
	}

	public void setHealth(HealthForm health) {
		this.health = health;
	}

	public SchoolingForm getSchooling() {
		return schooling;
	}

	public void setSchooling(SchoolingForm schooling) {
		this.schooling = schooling;
	}

	public ParentForm getFather() {
		return father;
	}

	public void setFather(ParentForm father) {
		this.father = father;
	}

	public ParentForm getMother() {
		return mother;
	}

	public void setMother(ParentForm mother) {
		this.mother = mother;
	}

	public CaregiverForm getCaregiver() {
		return caregiver;
	}

	public void setCaregiver(CaregiverForm caregiver) {
		this.caregiver = caregiver;
	}

	public GuardianshipGrade getGuardianship() {
		return guardianship;
	}

	public void setGuardianship(GuardianshipGrade guardianship) {
		this.guardianship = guardianship;
	}

	public boolean getLivingAlone() {
		return livingAlone;
	}

	public void setLivingAlone(boolean livingAlone) {
		this.livingAlone = livingAlone;
	}

	public List<FamilyIncome> getFamilyIncome() {
		return familyIncome;
	}

	public void setFamilyIncome(List<FamilyIncome> familyIncome) {
		this.familyIncome = familyIncome;
	}

	public List<FamilyAssistance> getFamilyAssistance() {
		return familyAssistance;
	}

	public void setFamilyAssistance(List<FamilyAssistance> familyAssistance) {
		this.familyAssistance = familyAssistance;
	}

	public String getRemarks() {
		return remarks;
	}

	public void setRemarks(String remarks) {
		this.remarks = remarks;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}
