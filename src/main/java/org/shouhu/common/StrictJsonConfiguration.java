package org.shouhu.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.JsonFormat;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

/**
 * The application's JSON mapper reads request bodies strictly: a JSON number is not a code, a date, a text or a
 * yes/no ({@code "guardianship": 0}, {@code "birthDate": 20150301}, {@code "name": 123}, {@code "hukouRegistered": 2}
 * and {@code "disabilityGrade": 2.5} are each refused with 400 on their field instead of being taken as
 * {@code NONE}, a day count, {@code "123"}, {@code true} or {@code 2}). A yes/no is not a text either. Unknown
 * properties keep their behaviour (the bodies declare it).
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		return builder -> {
			builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
			builder.withCoercionConfig(LogicalType.Enum, c -> c
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
			builder.withCoercionConfig(LogicalType.Textual, c -> c
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
			builder.withCoercionConfig(LogicalType.Boolean, c -> c
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
			builder.withCoercionConfig(LogicalType.Integer, c -> c
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
			builder.withCoercionConfig(LogicalType.DateTime, c -> c
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
			// the java.time readers take a number as a day count or timestamp while lenient, whatever the coercions say
			JsonFormat.Value strict = JsonFormat.Value.forLeniency(false);
			for (Class<?> type : new Class<?>[] { LocalDate.class, LocalDateTime.class, LocalTime.class,
					OffsetDateTime.class, ZonedDateTime.class }) {
				builder.withConfigOverride(type, o -> o.setFormat(strict));
			}
		};
	}
}
