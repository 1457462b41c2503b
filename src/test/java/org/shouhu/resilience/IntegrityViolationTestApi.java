package org.shouhu.resilience;

import java.sql.SQLException;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only API that fails as a write does when the database refuses it; not part of the published description. */
@RestController
@Hidden
@RequestMapping("/api/v1/test-integrity")
class IntegrityViolationTestApi {

	/** A unique rule a concurrent write won, as Hibernate reports it at flush or commit. */
	@GetMapping("/unique")
	void unique() {
		throw new DataIntegrityViolationException("could not execute statement",
				new SQLException("duplicate key value violates unique constraint \"some_rule_uk\"", "23505"));
	}

	/** Any other integrity violation is a defect. */
	@GetMapping("/not-null")
	void notNull() {
		throw new DataIntegrityViolationException("could not execute statement",
				new SQLException("null value in column \"name\" violates not-null constraint", "23502"));
	}
}
