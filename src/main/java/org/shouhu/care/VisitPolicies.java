package org.shouhu.care;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit cadence per county. Anyone who works with child files may read the policy of a county in their jurisdiction
 * (or the county that contains it); only CIVIL_AFFAIRS of that county or above may change it (403 otherwise). A
 * change applies to every schedule of the county at once and is recorded in the audit trail.
 */
@Service
@Transactional
public class VisitPolicies {

	@Transactional(readOnly = true)
	public VisitPolicy find(String countyCode) {
		throw new UnsupportedOperationException("care: being built");
	}

	/** Each interval 1–365 days and close attention not longer than the home-visit interval (else 400). */
	public VisitPolicy change(String countyCode, int contactDays, int homeVisitDays, int closeAttentionHomeVisitDays) {
		throw new UnsupportedOperationException("care: being built");
	}
}
