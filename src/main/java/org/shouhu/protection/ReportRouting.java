package org.shouhu.protection;

import java.util.ArrayList;
import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.RegionLevel;

/**
 * Where a mandatory report goes and who receives it; pure rules.
 * <ul>
 * <li>Every report goes to 公安 and 民政: 《关于建立侵害未成年人案件强制报告制度的意见（试行）》 Art 5 (report to the
 * public security organ at once) and Art 7 (civil affairs take in children in need of protection); 未保法 Art 11
 * (reports go to 公安、民政、教育 等有关部门).</li>
 * <li>A school or kindergarten reporting also goes to 教育 (意见 Art 8: education departments supervise the schools'
 * reporting; 未保法 Art 11 names 教育).</li>
 * <li>A medical institution reporting also goes to 卫健 (意见 Art 8: health departments supervise medical
 * institutions' reporting).</li>
 * </ul>
 * Receivers are the {@code DEPARTMENT} liaisons of the routed departments whose jurisdiction holds the child's village,
 * and {@code CIVIL_AFFAIRS} users of the county or above whose jurisdiction holds it (the county's 民政 and the
 * 未保中心 hotline); civil affairs of a township are no receivers.
 */
public final class ReportRouting {

	private ReportRouting() {
	}

	/** The receivers of a report by this type of reporter, in a fixed order. */
	public static List<ReportReceiver> routes(ReporterType type) {
		List<ReportReceiver> routes = new ArrayList<>(List.of(ReportReceiver.PUBLIC_SECURITY,
				ReportReceiver.CIVIL_AFFAIRS));
		if (type == ReporterType.SCHOOL || type == ReporterType.KINDERGARTEN) {
			routes.add(ReportReceiver.EDUCATION);
		}
		if (type == ReporterType.MEDICAL) {
			routes.add(ReportReceiver.HEALTH);
		}
		return List.copyOf(routes);
	}

	/** Whether {@code user} receives a report routed to {@code routedTo} about a child of {@code villageCode}. */
	public static boolean receives(CurrentUser user, List<ReportReceiver> routedTo, String villageCode) {
		if (!user.covers(villageCode)) {
			return false;
		}
		if (user.has(Role.CIVIL_AFFAIRS) && countyOrAbove(user.jurisdiction())
				&& routedTo.contains(ReportReceiver.CIVIL_AFFAIRS)) {
			return true;
		}
		return user.has(Role.DEPARTMENT) && departmentReceiver(user.department()) != null
				&& routedTo.contains(departmentReceiver(user.department()));
	}

	/** Whether a civil-affairs user of this jurisdiction receives reports (county, city, province or country). */
	public static boolean countyOrAbove(String jurisdiction) {
		RegionLevel level = RegionLevel.ofCode(jurisdiction);
		return level != null && level.ordinal() <= RegionLevel.COUNTY.ordinal();
	}

	/** The receiver a department liaison stands for, or null for a department that receives no reports. */
	public static ReportReceiver departmentReceiver(String department) {
		if (department == null) {
			return null;
		}
		return switch (department) {
			case "PUBLIC_SECURITY" -> ReportReceiver.PUBLIC_SECURITY;
			case "EDUCATION" -> ReportReceiver.EDUCATION;
			case "HEALTH" -> ReportReceiver.HEALTH;
			default -> null;
		};
	}

	/** Whether a report received at that deadline is overdue at {@code now}: exactly at the deadline it is not. */
	public static boolean overdue(ReportStatus status, java.time.Instant acceptBy, java.time.Instant now) {
		return status == ReportStatus.RECEIVED && now.isAfter(acceptBy);
	}
}
