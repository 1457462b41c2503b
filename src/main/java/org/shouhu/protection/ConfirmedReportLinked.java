package org.shouhu.protection;

/**
 * A report that had confirmed harm by the guardian was linked to a file registered after it (its child was not on
 * file when it was concluded); the file gets the category once the registration has committed.
 */
public record ConfirmedReportLinked(long childId, long reportId) {
}
