package org.shouhu.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.shouhu.common.FieldProblem;
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

	/** Problems with this combination of roles, jurisdiction level and department; empty when consistent. */
	static List<FieldProblem> check(Set<Role> roles, RegionLevel level, Department department) {
		List<FieldProblem> problems = new ArrayList<>();
		if (roles == null || roles.isEmpty()) {
			problems.add(new FieldProblem("roles", "请至少选择一个角色"));
			return problems;
		}
		boolean admin = roles.stream().anyMatch(ADMIN_ROLES::contains);
		if (admin && roles.stream().anyMatch(BUSINESS_ROLES::contains)) {
			problems.add(new FieldProblem("roles", "管理员角色不能与业务角色（儿童主任、督导员、民政工作人员、成员单位联络员）同时授予"));
		}
		if (roles.contains(Role.AUDIT_ADMIN) && (roles.contains(Role.SECURITY_ADMIN) || roles.contains(Role.SYSTEM_ADMIN))) {
			problems.add(new FieldProblem("roles", "审计管理员不能与安全管理员或系统管理员同时授予（三员分立）"));
		}
		if (level != null) {
			for (Role role : roles) {
				if (!levelsOf(role).contains(level)) {
					problems.add(new FieldProblem("jurisdiction", role.label() + "的管辖区域应为" + where(role) + "，不能是"
							+ level.label() + "区划"));
				}
			}
		}
		if (roles.contains(Role.DEPARTMENT) && department == null) {
			problems.add(new FieldProblem("department", "成员单位联络员须选择所属部门"));
		}
		return problems;
	}

	private static String where(Role role) {
		return switch (role) {
			case CHILD_DIRECTOR -> "村（居）";
			case SUPERVISOR -> "乡镇（街道）";
			default -> "县级及以上";
		};
	}
}
