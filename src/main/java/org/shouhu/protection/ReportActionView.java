package org.shouhu.protection;

import java.time.Instant;
import java.time.LocalDate;

/** One handling action of a report's timeline: when it was taken, what was done, by whom, when it was recorded. */
public record ReportActionView(long id, LocalDate takenOn, String description, String by, Instant recordedAt) {
}
