package org.shouhu.common;

/** Masks identifiers for lists and exports: show the least needed (PIPL Art 28). */
public final class Masking {

	private Masking() {
	}

	/** First 6 and last 4 characters around {@code *}: {@code 610330********0016}. */
	public static String idNumber(String idNumber) {
		if (idNumber == null) {
			return null;
		}
		if (idNumber.length() <= 10) {
			return "*".repeat(idNumber.length());
		}
		return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
	}

	/** First 3 and last 4 digits: {@code 138****0000}. */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() <= 7) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}
}
