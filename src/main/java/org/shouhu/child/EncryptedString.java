package org.shouhu.child;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.shouhu.common.FieldCipher;

/** Stores ID and phone numbers encrypted ({@link FieldCipher}); in memory they are plain. */
@Converter
class EncryptedString implements AttributeConverter<String, String> {

	private final FieldCipher cipher;

	EncryptedString(FieldCipher cipher) {
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
