package org.shouhu.protection;

import java.util.ArrayList;
import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.region.RegionScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Who sees which reports, as SQL conditions on {@code protection_report} (so that lists and to-do items are
 * restricted in the query, on the indexed region columns): the filer sees their own reports; the receivers
 * ({@link ReportRouting#receives}) those routed to them inside their jurisdiction; nobody else any.
 */
final class ReportAccess {

	private ReportAccess() {
	}

	/** Reports the caller receives; binds {@code scope}. {@code 1 = 0} for a caller who receives none. */
	static String received(CurrentUser user, MapSqlParameterSource params) {
		List<String> routes = new ArrayList<>();
		if (user.has(Role.CIVIL_AFFAIRS) && ReportRouting.countyOrAbove(user.jurisdiction())) {
			routes.add("1 = 1");
		}
		if (user.has(Role.DEPARTMENT)) {
			ReportReceiver receiver = ReportRouting.departmentReceiver(user.department());
			if (receiver == ReportReceiver.PUBLIC_SECURITY) {
				routes.add("1 = 1");
			}
			else if (receiver == ReportReceiver.EDUCATION) {
				routes.add("routed_education = true");
			}
			else if (receiver == ReportReceiver.HEALTH) {
				routes.add("routed_health = true");
			}
		}
		if (routes.isEmpty()) {
			return "1 = 0";
		}
		params.addValue("scope", user.jurisdiction());
		return "(" + RegionScope.sql(user.jurisdiction(), "scope") + " and (" + String.join(" or ", routes) + "))";
	}

	/** Reports the caller filed or receives; binds {@code me} and {@code scope}. */
	static String visible(CurrentUser user, MapSqlParameterSource params) {
		params.addValue("me", user.id());
		return "(filed_by_user_id = :me or " + received(user, params) + ")";
	}
}
