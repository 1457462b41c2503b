package org.shouhu.protection;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.shouhu.common.FieldCipher;

/** Stores the child's name as reported and the reporter's name and phone encrypted ({@link FieldCipher}). */
@Converter
class ReportCipher implements AttributeConverter<String, String> {

	private final FieldCipher cipher;

	ReportCipher(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String plain) {
		return cipher.encrypt(plain);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return cipher.decrypt(stored);
	}
}
