package org.shouhu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bean Validation speaks Chinese even outside a web request (imports, scheduled jobs) on an English JVM. */
class ValidationMessagesTests {

	record Form(@NotNull String gender, @NotBlank String name, @Size(max = 4) String nickname,
			@Pattern(regexp = "1\\d{10}") String phone, @Min(1) int page, @Max(200) int size, @Past LocalDate birthDate,
			@PastOrPresent LocalDate visitedOn, @Email String email, @DecimalMin(value = "0", inclusive = false) BigDecimal amount) {
	}

	Locale jvmDefault;
	ValidatorFactory factory;

	@BeforeEach
	void englishJvm() {
		jvmDefault = Locale.getDefault();
		Locale.setDefault(Locale.US);
		factory = Validation.buildDefaultValidatorFactory();
	}

	@AfterEach
	void restore() {
		factory.close();
		Locale.setDefault(jvmDefault);
	}

	@Test
	void everyCommonConstraintHasAPlainChineseMessage() {
		Validator validator = factory.getValidator();
		Form bad = new Form(null, " ", "王小明明明", "12345", 0, 201, LocalDate.of(2999, 1, 1), LocalDate.of(2999, 1, 1),
				"not-an-address", BigDecimal.ZERO);

		Map<String, String> messages = validator.validate(bad).stream()
				.collect(Collectors.toMap(v -> v.getPropertyPath().toString(), v -> v.getMessage()));

		assertThat(messages).containsExactlyInAnyOrderEntriesOf(Map.of(
				"gender", "必填",
				"name", "必填",
				"nickname", "长度或个数须在0到4之间",
				"phone", "格式不正确",
				"page", "不能小于1",
				"size", "不能大于200",
				"birthDate", "须是过去的日期",
				"visitedOn", "不能晚于今天",
				"email", "电子邮箱格式不正确",
				"amount", "须大于0"));
	}
}
