package org.shouhu.care.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.shouhu.care.CareFixtures;
import org.shouhu.care.VisitComplianceReports;
import org.shouhu.child.TestUsers;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Villages and townships without active child files yet, so that a test can count what it registered there, also
 * when the suite runs again on a kept database. Each one is handed out once per test run.
 */
@Component
class UnusedRegions {

	private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private final Regions regions;
	private final VisitComplianceReports compliance;

	UnusedRegions(Regions regions, VisitComplianceReports compliance) {
		this.regions = regions;
		this.compliance = compliance;
	}

	/** A village of the county without active files. */
	String village(String county) {
		for (Region township : regions.children(county)) {
			if (HANDED_OUT.contains(township.getCode())) {
				continue;
			}
			for (Region village : regions.children(township.getCode())) {
				if (take(village.getCode())) {
					return village.getCode();
				}
			}
		}
		throw new IllegalStateException("no village without children left in " + county);
	}

	/** A township of the county without active files (its villages have none either). */
	String township(String county) {
		for (Region township : regions.children(county)) {
			if (!regions.children(township.getCode()).isEmpty() && take(township.getCode())) {
				return township.getCode();
			}
		}
		throw new IllegalStateException("no township without children left in " + county);
	}

	/** The first {@code n} villages of the township. */
	List<String> villages(String township, int n) {
		return regions.children(township).stream().limit(n).map(Region::getCode).toList();
	}

	private boolean take(String code) {
		return !HANDED_OUT.contains(code) && CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY),
				() -> compliance.compliance(code).children() == 0) && HANDED_OUT.add(code);
	}
}
