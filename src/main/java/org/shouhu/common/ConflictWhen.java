package org.shouhu.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the 409 an API operation answers, with when (English, for {@code /api/v1/openapi}): {@code PUT}s get
 * "stale version" without it; others declare it here. Unlike {@code @ApiResponse} it keeps the generated success
 * response.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ConflictWhen {

	String value();
}
