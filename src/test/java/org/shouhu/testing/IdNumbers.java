package org.shouhu.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.shouhu.child.Gender;
import org.shouhu.child.IdNumber;

/** Valid (GB 11643) ID numbers for tests, random enough not to collide across test runs on a shared database. */
public final class IdNumbers {

	private IdNumbers() {
	}

	public static String random(LocalDate birthDate, Gender gender) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String area = "6" + (1 + random.nextInt(9)) + String.format("%04d", random.nextInt(10000));
		int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
		String first17 = area + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
		return first17 + IdNumber.checkCharacter(first17);
	}

	/** An adult's number (for parents and caregivers). */
	public static String adult() {
		return random(LocalDate.of(1985, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000)), Gender.MALE);
	}

	/** A valid number with a wrong check character. */
	public static String withWrongCheck(String valid) {
		char check = valid.charAt(17);
		char wrong = check == '0' ? '1' : '0';
		return valid.substring(0, 17) + wrong;
	}
}
