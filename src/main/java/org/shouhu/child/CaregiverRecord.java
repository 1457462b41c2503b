package org.shouhu.child;

import java.time.LocalDate;

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
}
