package org.shouhu.testing;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Department;
import org.shouhu.account.Role;
import org.shouhu.child.ChildManagement;
import org.shouhu.protection.FiledReport;
import org.shouhu.protection.NewReport;
import org.shouhu.protection.ReportSituation;
import org.shouhu.protection.ReportView;
import org.shouhu.protection.ReporterType;
import org.shouhu.protection.Reports;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Mandatory-report fixtures for every module's tests: users of each receiving department (and civil affairs,
 * directors) of a county as {@link CurrentUser}s without accounts (ids in a range of their own, so that "the filer"
 * is never another test's user, also on a kept PostgreSQL database), valid reports, and reports filed and taken
 * through their steps as a user.
 * <pre>
 * static final String COUNTY = UnusedRegions.county();
 * String village = care.village(COUNTY, 0, 0);
 * long childId = protection.child(village);
 * CurrentUser director = ProtectionFixtures.director(village);
 * long reportId = protection.file(director, ProtectionFixtures.about(childId)).id();
 * protection.accept(ProtectionFixtures.police(COUNTY), reportId);
 * </pre>
 */
@Component
public class ProtectionFixtures {

	private static final AtomicLong IDS = new AtomicLong(
			4_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 100);

	private final Reports reports;
	private final ChildManagement children;

	ProtectionFixtures(Reports reports, ChildManagement children) {
		this.reports = reports;
		this.children = children;
	}

	public static CurrentUser user(Set<Role> roles, String jurisdiction, Department department) {
		long id = IDS.incrementAndGet();
		String prefix = roles.iterator().next().name().toLowerCase();
		return new CurrentUser(id, prefix + id, prefix + "测试" + id, roles, jurisdiction,
				department == null ? null : department.name());
	}

	/** A DEPARTMENT liaison of the department in the jurisdiction (usually a county). */
	public static CurrentUser liaison(Department department, String jurisdiction) {
		return user(Set.of(Role.DEPARTMENT), jurisdiction, department);
	}

	public static CurrentUser police(String county) {
		return liaison(Department.PUBLIC_SECURITY, county);
	}

	public static CurrentUser education(String county) {
		return liaison(Department.EDUCATION, county);
	}

	public static CurrentUser health(String county) {
		return liaison(Department.HEALTH, county);
	}

	public static CurrentUser civilAffairs(String jurisdiction) {
		return user(Set.of(Role.CIVIL_AFFAIRS), jurisdiction, null);
	}

	public static CurrentUser director(String village) {
		return user(Set.of(Role.CHILD_DIRECTOR), village, null);
	}

	public static CurrentUser supervisor(String township) {
		return user(Set.of(Role.SUPERVISOR), township, null);
	}

	/** A valid report about a file, by a village committee (routed to 公安 and 民政), that happened yesterday. */
	public static NewReport about(long childId) {
		return about(childId, ReporterType.VILLAGE_COMMITTEE);
	}

	public static NewReport about(long childId, ReporterType type) {
		return new NewReport(ReportSituation.ABANDONMENT_OR_NEGLECT, "发现儿童独自在家多日，无人照料，家中无食物。",
				Children.today().minusDays(1), null, type, "李报告", "13800138000", childId, null, null);
	}

	/** A valid report about a child not yet on file, named {@code childName}, in the village. */
	public static NewReport unfiled(String childName, String villageCode) {
		return new NewReport(ReportSituation.ABANDONMENT_OR_NEGLECT, "发现一名儿童长期无人照料。",
				Children.today().minusDays(1), null, ReporterType.VILLAGE_COMMITTEE, "李报告", "13800138000", null,
				childName, villageCode);
	}

	/** A left-behind child registered today in the village (by a country-wide civil-affairs officer). */
	public long child(String village) {
		return CareFixtures.as(TestUsers.civilAffairs(Regions.COUNTRY),
				() -> children.register(Children.leftBehindWithGrandparents().village(village).build()).id());
	}

	public FiledReport file(CurrentUser filer, NewReport report) {
		return CareFixtures.as(filer, () -> reports.file(report));
	}

	public ReportView find(CurrentUser user, long id) {
		return CareFixtures.as(user, () -> reports.find(id));
	}

	public ReportView accept(CurrentUser receiver, long id) {
		return CareFixtures.as(receiver, () -> reports.accept(id));
	}

	public ReportView act(CurrentUser receiver, long id) {
		return CareFixtures.as(receiver, () -> reports.recordAction(id, Children.today(), "到户核查，联系监护人。"));
	}

	public ReportView conclude(CurrentUser receiver, long id, boolean harm) {
		return CareFixtures.as(receiver, () -> reports.conclude(id, "经核查，情况属实，已妥善安置。", harm));
	}

	public ReportView feedback(CurrentUser receiver, long id) {
		return CareFixtures.as(receiver, () -> reports.giveFeedback(id, "已处置，感谢您的报告。"));
	}

	/** Files as {@code filer}, then accepts, records an action and concludes as {@code receiver}. */
	public ReportView concluded(CurrentUser filer, CurrentUser receiver, NewReport report, boolean harm) {
		long id = file(filer, report).id();
		accept(receiver, id);
		act(receiver, id);
		return conclude(receiver, id, harm);
	}

	public static LocalDate today() {
		return Children.today();
	}
}
