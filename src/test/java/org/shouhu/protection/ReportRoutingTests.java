package org.shouhu.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.protection.ReportReceiver.CIVIL_AFFAIRS;
import static org.shouhu.protection.ReportReceiver.EDUCATION;
import static org.shouhu.protection.ReportReceiver.HEALTH;
import static org.shouhu.protection.ReportReceiver.PUBLIC_SECURITY;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;

/** Where a report goes by who reports it, who receives it, and when it is overdue: the pure rules. */
class ReportRoutingTests {

	static final String VILLAGE = "610330101200";

	static CurrentUser user(Role role, String jurisdiction, String department) {
		return new CurrentUser(1, "u", "u", Set.of(role), jurisdiction, department);
	}

	@ParameterizedTest
	@EnumSource(value = ReporterType.class, names = { "SCHOOL", "KINDERGARTEN" })
	void schoolsAndKindergartensAlsoGoToEducation(ReporterType type) {
		assertThat(ReportRouting.routes(type)).containsExactly(PUBLIC_SECURITY, CIVIL_AFFAIRS, EDUCATION);
	}

	@Test
	void medicalInstitutionsAlsoGoToHealth() {
		assertThat(ReportRouting.routes(ReporterType.MEDICAL)).containsExactly(PUBLIC_SECURITY, CIVIL_AFFAIRS, HEALTH);
	}

	@ParameterizedTest
	@EnumSource(value = ReporterType.class, names = { "VILLAGE_COMMITTEE", "WELFARE_INSTITUTION", "SOCIAL_WORK",
			"HOTEL", "HOTLINE", "PUBLIC", "OTHER" })
	void everyOtherReporterGoesToPoliceAndCivilAffairs(ReporterType type) {
		assertThat(ReportRouting.routes(type)).containsExactly(PUBLIC_SECURITY, CIVIL_AFFAIRS);
	}

	@Test
	void receiversAreTheRoutedDepartmentsAndCivilAffairsOfTheCountyOrAboveCoveringTheVillage() {
		List<ReportReceiver> school = ReportRouting.routes(ReporterType.SCHOOL);
		List<ReportReceiver> plain = ReportRouting.routes(ReporterType.PUBLIC);
		assertThat(ReportRouting.receives(user(Role.DEPARTMENT, "610330", "PUBLIC_SECURITY"), plain, VILLAGE)).isTrue();
		assertThat(ReportRouting.receives(user(Role.DEPARTMENT, "610330", "EDUCATION"), school, VILLAGE)).isTrue();
		assertThat(ReportRouting.receives(user(Role.DEPARTMENT, "610330", "EDUCATION"), plain, VILLAGE)).isFalse();
		assertThat(ReportRouting.receives(user(Role.DEPARTMENT, "610330", "HEALTH"), school, VILLAGE)).isFalse();
		assertThat(ReportRouting.receives(user(Role.DEPARTMENT, "610330", "COURT"), plain, VILLAGE)).isFalse();
		assertThat(ReportRouting.receives(user(Role.DEPARTMENT, "610331", "PUBLIC_SECURITY"), plain, VILLAGE)).isFalse();
		assertThat(ReportRouting.receives(user(Role.CIVIL_AFFAIRS, "610330", null), plain, VILLAGE)).isTrue();
		assertThat(ReportRouting.receives(user(Role.CIVIL_AFFAIRS, "6103", null), plain, VILLAGE)).isTrue();
		assertThat(ReportRouting.receives(user(Role.CIVIL_AFFAIRS, "CN", null), plain, VILLAGE)).isTrue();
		assertThat(ReportRouting.receives(user(Role.CIVIL_AFFAIRS, "610330101", null), plain, VILLAGE)).isFalse();
		assertThat(ReportRouting.receives(user(Role.CIVIL_AFFAIRS, "610331", null), plain, VILLAGE)).isFalse();
		assertThat(ReportRouting.receives(user(Role.SUPERVISOR, "610330101", null), plain, VILLAGE)).isFalse();
		assertThat(ReportRouting.receives(user(Role.CHILD_DIRECTOR, VILLAGE, null), plain, VILLAGE)).isFalse();
	}

	@Test
	void exactlyAtTheDeadlineAReportIsNotOverdue() {
		Instant acceptBy = Instant.parse("2026-12-01T02:00:00Z");
		assertThat(ReportRouting.overdue(ReportStatus.RECEIVED, acceptBy, acceptBy)).isFalse();
		assertThat(ReportRouting.overdue(ReportStatus.RECEIVED, acceptBy, acceptBy.plusNanos(1_000_000))).isTrue();
		assertThat(ReportRouting.overdue(ReportStatus.ACCEPTED, acceptBy, acceptBy.plusSeconds(3600))).isFalse();
	}

	@Test
	void theHarmBasisNamesTheReportsDateAndSituation() {
		assertThat(Reports.harmBasis(java.time.LocalDate.of(2026, 12, 1), ReportSituation.SUSPECTED_VIOLENCE_INJURY))
			.isEqualTo("经强制报告（2026-12-01，疑似遭受家庭暴力、欺凌、虐待）查实遭受监护人侵害");
	}
}
