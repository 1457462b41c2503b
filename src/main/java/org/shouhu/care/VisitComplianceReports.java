package org.shouhu.care;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visit compliance of a region inside the caller's jurisdiction (else 404), with one row per region one level down. */
@Service
@Transactional(readOnly = true)
public class VisitComplianceReports {

	/** {@code regionCode} null means the caller's jurisdiction. */
	public VisitCompliance compliance(String regionCode) {
		throw new UnsupportedOperationException("care: being built");
	}
}
