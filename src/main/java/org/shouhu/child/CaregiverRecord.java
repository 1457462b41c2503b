package org.shouhu.child;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The entrusted caregiver (委托照护人) as stored on the file. */
@Embeddable
class CaregiverRecord {

	@Column(name = "caregiver_name", length = 50)
	String name;

	@Convert(converter = EncryptedString.class)
	@Column(name = "caregiver_id_number", length = 120)
	String idNumber;

	@Convert(converter = EncryptedString.class)
	@Column(name = "caregiver_phone", length = 120)
	String phone;

	@Enumerated(EnumType.STRING)
	@Column(name = "caregiver_relation", length = 30)
	CaregiverRelation relation;

	@Column(name = "caregiver_address", length = 200)
	String address;

	@Column(name = "caregiver_confirmation_signed_on")
	LocalDate confirmationSignedOn;

	/** The Art 22 checklist (migration V16): 年满十八周岁, null while not checked. */
	@Column(name = "caregiver_adult")
	Boolean adult;

	/** 具有完全民事行为能力且有照护能力, null while not checked. */
	@Column(name = "caregiver_capable")
	Boolean capable;

	/** The disqualifying records found, {@link CaregiverDisqualification} codes comma-separated; null for none. */
	@Column(name = "caregiver_disqualifications", length = 300)
	String disqualifications;

	/** Whether an Art 22 checklist was stored (a file saved before V16 has none). */
	@Column(name = "caregiver_checked")
	Boolean checked;

	protected CaregiverRecord() {
	}

	CaregiverRecord(String name, String idNumber, String phone, CaregiverRelation relation, String address,
			LocalDate confirmationSignedOn) {
		this.name = name;
		this.idNumber = idNumber;
		this.phone = phone;
		this.relation = relation;
		this.address = address;
		this.confirmationSignedOn = confirmationSignedOn;
	}

	CaregiverRecord(ChildFile.Caregiver c) {
		this(c.name(), c.idNumber(), c.phone(), c.relation(), c.address(), c.confirmationSignedOn());
		ChildFile.CaregiverChecklist list = c.checklist();
		if (list != null && !list.nothingEntered()) {
			this.checked = true;
			this.adult = list.adult();
			this.capable = list.capable();
			this.disqualifications = list.disqualifications().isEmpty() ? null
					: list.disqualifications().stream().map(Enum::name).collect(Collectors.joining(","));
		}
	}

	/** The stored checklist, or null when none was entered. */
	ChildFile.CaregiverChecklist checklist() {
		if (!Boolean.TRUE.equals(checked)) {
			return null;
		}
		return new ChildFile.CaregiverChecklist(adult, capable, disqualifications == null || disqualifications.isBlank()
				? List.of()
				: Arrays.stream(disqualifications.split(",")).map(CaregiverDisqualification::valueOf).toList());
	}

	/** Whether a caregiver is named (the form always sends the caregiver part, maybe empty). */
	boolean named() {
		return name != null && !name.isBlank();
	}

	/** SHA-256 of the caregiver's name and ID number: tells a new caregiver from the one a case opened with. */
	String digest() {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(
					((name == null ? "" : name.strip()) + "|" + (idNumber == null ? "" : idNumber.strip().toUpperCase()))
						.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
