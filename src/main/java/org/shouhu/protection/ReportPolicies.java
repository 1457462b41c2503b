package org.shouhu.protection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acceptance deadline per county ("立即", default {@value #DEFAULT_MINUTES} minutes, 1–{@value #MAX_MINUTES}):
 * civil affairs of the county or above read and change it.
 */
@Service
@Transactional
public class ReportPolicies {

	public static final int DEFAULT_MINUTES = 60;
	public static final int MAX_MINUTES = 1440;

	@Transactional(readOnly = true)
	public ReportPolicyView find(String countyCode) {
		throw new UnsupportedOperationException("not yet");
	}

	/** {@code version}, when given, must be the one read (else 409). */
	public ReportPolicyView change(String countyCode, Integer acceptWithinMinutes, Long version) {
		throw new UnsupportedOperationException("not yet");
	}
}
