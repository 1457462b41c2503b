package org.shouhu.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

import org.shouhu.child.Gender;
import org.shouhu.child.IdNumber;

/** Valid GB 11643 numbers for generated people: address code of their county, birth date, sex-correct sequence. */
final class GeneratedIdNumbers {

	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	private GeneratedIdNumbers() {
	}

	static String next(RandomGenerator random, String countyCode, LocalDate birthDate, Gender gender) {
		int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
		String first17 = countyCode + BASIC.format(birthDate) + String.format("%03d", sequence);
		return first17 + IdNumber.checkCharacter(first17);
	}
}
