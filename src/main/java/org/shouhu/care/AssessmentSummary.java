package org.shouhu.care;

/**
 * A child's assessments at a glance, for the child file page.
 *
 * @param latest the newest assessment (by date), {@code null} when the child was never assessed
 * @param count  how many assessments the child has
 * @param active whether the file is active (only active children can be assessed)
 */
public record AssessmentSummary(long childId, String childName, boolean active, AssessmentView latest, long count) {
}
