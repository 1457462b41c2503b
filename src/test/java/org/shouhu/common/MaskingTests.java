package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

	@Test
	void idNumberShowsAddressCodeAndLastFour() {
		assertThat(Masking.idNumber("610330201503010016")).isEqualTo("610330********0016");
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
	}

	@Test
	void oldFifteenDigitIdNumberKeepsTheSameShape() {
		assertThat(Masking.idNumber("610330150301001")).isEqualTo("610330*****1001");
	}

	@Test
	void shortIdValuesAreMaskedCompletely() {
		assertThat(Masking.idNumber("")).isEmpty();
		assertThat(Masking.idNumber("12345")).isEqualTo("*****");
		assertThat(Masking.idNumber("1234567890")).isEqualTo("**********");
		assertThat(Masking.idNumber("12345678901")).isEqualTo("123456*8901");
	}

	@Test
	void phoneShowsFirstThreeAndLastFour() {
		assertThat(Masking.phone("13800000000")).isEqualTo("138****0000");
		assertThat(Masking.phone("13912345678")).isEqualTo("139****5678");
	}

	@Test
	void shortPhoneValuesAreMaskedCompletely() {
		assertThat(Masking.phone("")).isEmpty();
		assertThat(Masking.phone("110")).isEqualTo("***");
		assertThat(Masking.phone("1234567")).isEqualTo("*******");
		assertThat(Masking.phone("12345678")).isEqualTo("123*5678");
	}

	@Test
	void nullStaysNull() {
		assertThat(Masking.idNumber(null)).isNull();
		assertThat(Masking.phone(null)).isNull();
	}
}
