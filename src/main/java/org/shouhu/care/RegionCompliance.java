package org.shouhu.care;

/** Compliance counts of one region (active children, children overdue for contact / home visit, open problems). */
public record RegionCompliance(String regionCode, String name, long children, long contactOverdue,
		long homeVisitOverdue, long openProblems) {
}
