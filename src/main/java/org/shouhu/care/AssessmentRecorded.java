package org.shouhu.care;

import java.time.LocalDate;

/** A risk assessment was recorded; {@code riskLevel} is the final level (after any override). */
public record AssessmentRecorded(long assessmentId, long childId, RiskLevel riskLevel, LocalDate assessedOn) {
}
