package org.shouhu.testing;

import java.time.LocalDate;
import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewVisit;
import org.shouhu.care.VisitManagement;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitScheduleView;
import org.shouhu.care.VisitType;
import org.shouhu.care.VisitView;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildManagement;
import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Test fixture for child files and their care: registers files and records visits as a given user (the thread's
 * security context is set for the call and cleared after). Regions nobody else's tests use come from
 * {@link UnusedRegions}.
 */
@Component
public class CareFixtures {

	private final ChildManagement children;
	private final VisitManagement visits;
	private final Regions regions;

	CareFixtures(ChildManagement children, VisitManagement visits, Regions regions) {
		this.children = children;
		this.visits = visits;
		this.regions = regions;
	}

	/** A visit with every finding NORMAL, met the child, no problems. */
	public static NewVisit normal(VisitType type, LocalDate on) {
		return new NewVisit(type, type == VisitType.HOME_VISIT ? VisitMethod.IN_PERSON : VisitMethod.PHONE, on,
				List.of(MetWith.CHILD), findings(Finding.NORMAL, Finding.NORMAL), null, null, false);
	}

	/** Findings NORMAL except the two given (psychology, safety). */
	public static Findings findings(Finding psychology, Finding safety) {
		return new Findings(safety, Finding.NORMAL, Finding.NORMAL, psychology, Finding.NORMAL);
	}

	public long register(CurrentUser user, ChildFile file) {
		return as(user, () -> children.register(file).id());
	}

	/** A left-behind child registered today in the village (by a country-wide civil-affairs officer). */
	public long child(String village) {
		return register(TestUsers.civilAffairs(Regions.COUNTRY), Children.leftBehindWithGrandparents()
				.village(village).build());
	}

	public VisitView visit(CurrentUser user, long childId, NewVisit visit) {
		return as(user, () -> visits.record(childId, visit));
	}

	/** Records as a country-wide civil-affairs officer. */
	public VisitView visit(long childId, NewVisit visit) {
		return visit(TestUsers.civilAffairs(Regions.COUNTRY), childId, visit);
	}

	public VisitScheduleView schedule(long childId) {
		return as(TestUsers.civilAffairs(Regions.COUNTRY), () -> visits.schedule(childId));
	}

	/**
	 * The {@code n}-th village (0-based) of the {@code t}-th township (0-based) of the county, by code: for a county
	 * the test class got from {@link UnusedRegions#county()}, where it needs villages in a fixed layout.
	 */
	public String village(String county, int t, int n) {
		Region township = regions.children(county).get(t);
		return regions.children(township.getCode()).get(n).getCode();
	}

	public static <T> T as(CurrentUser user, java.util.function.Supplier<T> action) {
		TestUsers.login(user);
		try {
			return action.get();
		}
		finally {
			TestUsers.logout();
		}
	}
}
