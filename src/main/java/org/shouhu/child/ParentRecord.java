package org.shouhu.child;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** Father or mother as stored on the file (situations are kept in {@code child_parent_situation}). */
@Embeddable
class ParentRecord {

	@Column(length = 50)
	String name;

	@Convert(converter = EncryptedString.class)
	@Column(length = 120)
	String idNumber;

	@Convert(converter = EncryptedString.class)
	@Column(length = 120)
	String phone;

	LocalDate birthDate;

	@Column(length = 100)
	String workplace;

	protected ParentRecord() {
	}

	ParentRecord(String name, String idNumber, String phone, LocalDate birthDate, String workplace) {
		this.name = name;
		this.idNumber = idNumber;
		this.phone = phone;
		this.birthDate = birthDate;
		this.workplace = workplace;
	}
}
