package org.shouhu.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 11643-1999: check character = {@code "10X98765432"[sum(digit_i * weight_i) mod 11]} with weights
 * 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2. The valid numbers below were worked out by hand with that rule.
 */
class IdNumberTests {

	// 6*7 + 1*9 + 0*10 + 3*5 + 3*8 + 0*4 + 2*2 + 0*1 + 1*6 + 5*3 + 0*7 + 3*9 + 0*10 + 1*5 + 0*8 + 0*4 + 1*2 = 149;
	// 149 mod 11 = 6 -> '6'. Sequence 001: odd -> male.
	static final String BOY_2015 = "610330201503010016";

	// 1*7 + 1*9 + 0*10 + 1*5 + 0*8 + 5*4 + 1*2 + 9*1 + 4*6 + 9*3 + 1*7 + 2*9 + 3*10 + 1*5 + 0*8 + 0*4 + 2*2 = 167;
	// 167 mod 11 = 2 -> 'X'. Sequence 002: even -> female.
	static final String WOMAN_1949_X = "11010519491231002X";

	// 4*7 + 4*9 + 0*10 + 3*5 + 0*8 + 4*4 + 2*2 + 0*1 + 2*6 + 0*3 + 0*7 + 2*9 + 2*10 + 9*5 + 0*8 + 0*4 + 3*2 = 200;
	// 200 mod 11 = 2 -> 'X'. Born on a leap day; sequence 003: odd -> male.
	static final String BOY_LEAP_DAY_X = "44030420200229003X";

	// 6*7 + 1*9 + 0*10 + 3*5 + 3*8 + 0*4 + 2*2 + 0*1 + 1*6 + 8*3 + 0*7 + 6*9 + 1*10 + 5*5 + 0*8 + 0*4 + 2*2 = 217;
	// 217 mod 11 = 8 -> '4'. Sequence 002: even -> female.
	static final String GIRL_2018 = "610330201806150024";

	@Test
	void acceptsValidNumbersAndGivesBirthDateAndGender() {
		IdNumber boy = IdNumber.parse(BOY_2015).orElseThrow();
		assertThat(boy.value()).isEqualTo(BOY_2015);
		assertThat(boy.birthDate()).isEqualTo(LocalDate.of(2015, 3, 1));
		assertThat(boy.gender()).isEqualTo(Gender.MALE);

		IdNumber girl = IdNumber.parse(GIRL_2018).orElseThrow();
		assertThat(girl.birthDate()).isEqualTo(LocalDate.of(2018, 6, 15));
		assertThat(girl.gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void acceptsNumbersEndingInX() {
		IdNumber woman = IdNumber.parse(WOMAN_1949_X).orElseThrow();
		assertThat(woman.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(woman.gender()).isEqualTo(Gender.FEMALE);

		IdNumber leapDay = IdNumber.parse(BOY_LEAP_DAY_X).orElseThrow();
		assertThat(leapDay.birthDate()).isEqualTo(LocalDate.of(2020, 2, 29));
		assertThat(leapDay.gender()).isEqualTo(Gender.MALE);
	}

	@Test
	void acceptsLowerCaseXAndStoresItUpperCase() {
		IdNumber id = IdNumber.parse("11010519491231002x").orElseThrow();
		assertThat(id.value()).isEqualTo(WOMAN_1949_X);
		assertThat(id).isEqualTo(IdNumber.parse(WOMAN_1949_X).orElseThrow());
		assertThat(id.toString()).isEqualTo(WOMAN_1949_X);
	}

	@Test
	void ignoresSurroundingSpaces() {
		assertThat(IdNumber.parse(" " + BOY_2015 + " ")).get().extracting(IdNumber::value).isEqualTo(BOY_2015);
	}

	@ParameterizedTest
	@ValueSource(strings = { "610330201503010010", "610330201503010011", "61033020150301001X", "110105194912310020",
			"440304202002290031" })
	void refusesWrongCheckCharacter(String text) {
		assertThat(IdNumber.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "61033020150301001", "6103302015030100166", "610330150301001", "610330201503010016 1" })
	void refusesWrongLength(String text) {
		assertThat(IdNumber.parse(text)).isEmpty();
	}

	@ParameterizedTest
	// check characters computed as if the letter were a digit would not help: letters are refused outright
	@ValueSource(strings = { "61033020150301A016", "X10330201503010016", "6103302015030100１6", "61033020150301001-",
			"61033020150301001Y", "abcdefghijklmnopqr" })
	void refusesLettersAndOtherCharacters(String text) {
		assertThat(IdNumber.parse(text)).isEmpty();
	}

	@Test
	void refusesThirtiethOfFebruaryEvenWithRightCheckCharacter() {
		// 6*7+1*9+0+3*5+3*8+0+2*2+0+1*6+5*3+0+2*9+3*10+0+0+0+1*2 = 165; 165 mod 11 = 0 -> '1'
		assertThat(IdNumber.checkCharacter("61033020150230001")).isEqualTo('1');
		assertThat(IdNumber.parse("610330201502300011")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "61033020151301001", "61033020150001001", "61033020150132001", "61033020150100001",
			"61033020190229001" })
	void refusesImpossibleBirthDates(String first17) {
		// month 13, month 0, day 32, day 0, 29 February of a common year: check characters are right
		assertThat(IdNumber.parse(first17 + IdNumber.checkCharacter(first17))).isEmpty();
	}

	@Test
	void refusesNull() {
		assertThat(IdNumber.parse(null)).isEmpty();
	}

	@Test
	void checkCharacterMatchesTheHandWorkedNumbers() {
		assertThat(IdNumber.checkCharacter("61033020150301001")).isEqualTo('6');
		assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		assertThat(IdNumber.checkCharacter("44030420200229003")).isEqualTo('X');
		assertThat(IdNumber.checkCharacter("61033020180615002")).isEqualTo('4');
	}

	@Test
	void numbersMadeWithCheckCharacterParseAndEveryOtherCheckCharacterIsRefused() {
		String checks = "0123456789X";
		for (int sequence = 0; sequence < 200; sequence++) {
			String first17 = "61033020100101" + String.format("%03d", sequence);
			char check = IdNumber.checkCharacter(first17);
			assertThat(IdNumber.parse(first17 + check)).as(first17 + check).isPresent();
			for (char other : checks.toCharArray()) {
				if (other != check) {
					assertThat(IdNumber.parse(first17 + other)).as(first17 + other).isEmpty();
				}
			}
		}
	}
}
