package org.shouhu.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shouhu.region.RegionLevel;

/**
 * Which roles may be held together and at which level of jurisdiction (DOMAIN.md §4; 等保 separation of duties).
 */
final class RoleRules {

	static final Set<Role> ADMIN_ROLES = EnumSet.of(Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN);
	/** Roles doing case work with children's data; kept apart from the admin roles. */
	static final Set<Role> BUSINESS_ROLES = EnumSet.of(Role.CHILD_DIRECTOR, Role.SUPERVISOR, Role.CIVIL_AFFAIRS,
			Role.DEPARTMENT);
	private static final Set<RegionLevel> COUNTY_AND_ABOVE = EnumSet.of(RegionLevel.COUNTRY, RegionLevel.PROVINCE,
			RegionLevel.CITY, RegionLevel.COUNTY);

	private RoleRules() {
	}

	/** The levels at which a role works (DOMAIN.md §4 "Works at"). */
	static Set<RegionLevel> levelsOf(Role role) {
		return switch (role) {
			case CHILD_DIRECTOR -> EnumSet.of(RegionLevel.VILLAGE);
			case SUPERVISOR -> EnumSet.of(RegionLevel.TOWNSHIP);
			case CIVIL_AFFAIRS, DEPARTMENT -> COUNTY_AND_ABOVE;
			case VIEWER, SECURITY_ADMIN, SYSTEM_ADMIN, AUDIT_ADMIN -> EnumSet.allOf(RegionLevel.class);
		};
	}

	/** A problem of a field, as a message key of {@code messages.properties} with its arguments. */
	record Problem(String field, String key, Object... args) {
	}

	/** Problems with this combination of roles, jurisdiction level and department; empty when consistent. */
	static List<Problem> check(Set<Role> roles, RegionLevel level, Department department) {
		List<Problem> problems = new ArrayList<>();
		if (roles == null || roles.isEmpty()) {
			problems.add(new Problem("roles", "account.roles.required"));
			return problems;
		}
		boolean admin = roles.stream().anyMatch(ADMIN_ROLES::contains);
		if (admin && roles.stream().anyMatch(BUSINESS_ROLES::contains)) {
			problems.add(new Problem("roles", "account.roles.adminWithBusiness"));
		}
		if (roles.contains(Role.AUDIT_ADMIN) && (roles.contains(Role.SECURITY_ADMIN) || roles.contains(Role.SYSTEM_ADMIN))) {
			problems.add(new Problem("roles", "account.roles.auditWithOtherAdmin"));
		}
		if (level != null) {
			for (Role role : roles) {
				if (!levelsOf(role).contains(level)) {
					problems.add(new Problem("jurisdiction", levelKey(role), role.label(), level.label()));
				}
			}
		}
		if (roles.contains(Role.DEPARTMENT) && department == null) {
			problems.add(new Problem("department", "account.department.required"));
		}
		return problems;
	}

	/** The message saying where a role works ({0} the role, {1} the level given). */
	private static String levelKey(Role role) {
		return switch (role) {
			case CHILD_DIRECTOR -> "account.roles.level.village";
			case SUPERVISOR -> "account.roles.level.township";
			default -> "account.roles.level.countyAndAbove";
		};
	}
}
