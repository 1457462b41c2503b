package org.shouhu.child;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The content of a child file (一人一档) as entered: the body of {@code POST/PUT /api/v1/children}, the command of
 * {@link ChildManagement#register} and {@link ChildManagement#update}, and the editable part of {@link ChildView}.
 * Nothing here is trusted: {@link ChildManagement} validates it all and reports every problem at once, with the
 * JSON path of the field ({@code father.situations[0].until}).
 *
 * @param hukouRegistered {@code false} for a child without hukou (then {@code idNumber} may be empty); {@code null} counts as {@code true}
 * @param remarks         备注 (free text)
 * @param version         for updates: the version the editor read (stale → 409); ignored by register
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChildFile(String name, String idNumber, Gender gender, LocalDate birthDate, String ethnicity,
		Boolean hukouRegistered, HukouType hukouType, String hukouAddress, String villageCode, String address,
		Health health, Schooling schooling, Parent father, Parent mother, Caregiver caregiver,
		GuardianshipGrade guardianship, Boolean livingAlone, List<FamilyIncome> familyIncome,
		List<FamilyAssistance> familyAssistance, String remarks, Long version) {

	public ChildFile {
		familyIncome = familyIncome == null ? List.of() : familyIncome.stream().filter(v -> v != null).distinct().toList();
		familyAssistance = familyAssistance == null ? List.of()
				: familyAssistance.stream().filter(v -> v != null).distinct().toList();
	}

	/** This file with another version (for updates). */
	public ChildFile withVersion(Long newVersion) {
		return new ChildFile(name, idNumber, gender, birthDate, ethnicity, hukouRegistered, hukouType, hukouAddress,
				villageCode, address, health, schooling, father, mother, caregiver, guardianship, livingAlone,
				familyIncome, familyAssistance, remarks, newVersion);
	}

	/** 健康状况; {@code disabilityGrade} 1–4. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Health(HealthStatus status, String disabilityType, Integer disabilityGrade, String illness) {
	}

	/** 就学情况. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Schooling(SchoolingStatus status, String schoolName, Boolean boarding) {
	}

	/** Father or mother; no situation = lives at home and can guard. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Parent(String name, String idNumber, String phone, LocalDate birthDate,
			List<ParentSituation> situations, String workplace) {

		public Parent {
			situations = situations == null ? List.of() : List.copyOf(situations.stream().filter(s -> s != null).toList());
		}
	}

	/** One situation of a parent (DOMAIN.md §2) with optional dates. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ParentSituation(SituationType type, LocalDate since, LocalDate until) {
	}

	/**
	 * 委托照护人; {@code confirmationSignedOn} = date the 《委托监护责任确认书》 was signed; {@code checklist} the 未保法
	 * Art 22 check of the caregiver ({@code null}: not checked yet).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Caregiver(String name, String idNumber, String phone, CaregiverRelation relation, String address,
			LocalDate confirmationSignedOn, CaregiverChecklist checklist) {

		/** A caregiver without the Art 22 check. */
		public Caregiver(String name, String idNumber, String phone, CaregiverRelation relation, String address,
				LocalDate confirmationSignedOn) {
			this(name, idNumber, phone, relation, address, confirmationSignedOn, null);
		}
	}

	/**
	 * The 未保法 Art 22 check of the entrusted caregiver: 年满十八周岁 ({@code adult}), 具有完全民事行为能力且有照护能力
	 * ({@code capable}) — {@code null} while not checked —, and the disqualifying records found (none: empty).
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record CaregiverChecklist(Boolean adult, Boolean capable, List<CaregiverDisqualification> disqualifications) {

		public CaregiverChecklist {
			disqualifications = disqualifications == null ? List.of()
					: disqualifications.stream().filter(d -> d != null).distinct().sorted().toList();
		}

		/** Whether nothing was entered (then the file keeps no checklist). */
		public boolean nothingEntered() {
			return adult == null && capable == null && disqualifications.isEmpty();
		}
	}
}
