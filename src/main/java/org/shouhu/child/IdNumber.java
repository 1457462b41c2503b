package org.shouhu.child;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen ID number that passed the GB 11643 check: 18 characters = 6-digit address code, birth date
 * YYYYMMDD, 3-digit sequence (odd = male) and a check character. Cannot be built invalid.
 */
public final class IdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private final String value;
	private final LocalDate birthDate;
	private final Gender gender;

	private IdNumber(String value, LocalDate birthDate, Gender gender) {
		this.value = value;
		this.birthDate = birthDate;
		this.gender = gender;
	}

	/** The number, if it passes the check (a lower-case {@code x} is accepted and upper-cased). */
	public static Optional<IdNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.trim().toUpperCase();
		if (value.length() != 18) {
			return Optional.empty();
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return Optional.empty();
			}
			sum += (c - '0') * WEIGHTS[i];
		}
		if (value.charAt(17) != CHECK[sum % 11]) {
			return Optional.empty();
		}
		LocalDate birthDate;
		try {
			birthDate = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
		Gender gender = (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
		return Optional.of(new IdNumber(value, birthDate, gender));
	}

	/** The check character for the first 17 digits; for generating valid numbers (demo data, tests). */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public String value() {
		return value;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	public Gender gender() {
		return gender;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IdNumber id && id.value.equals(value);
	}

	@Override
	public int hashCode() {
		return value.hashCode();
	}

	@Override
	public String toString() {
		return value;
	}
}
