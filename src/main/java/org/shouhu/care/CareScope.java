package org.shouhu.care;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.ForbiddenException;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;

/** The caller check and the {@code care_schedule} region column of a region code. */
final class CareScope {

	private CareScope() {
	}

	/** The caller, who must work with child files (else 403). */
	static CurrentUser caller(VisitMessages messages) {
		CurrentUser user = CurrentUser.find().orElseThrow(() -> new ForbiddenException(messages.get("forbidden")));
		if (!user.worksWithChildFiles()) {
			throw new ForbiddenException(messages.get("forbidden"));
		}
		return user;
	}

	/**
	 * The caller, who must work with child files or hold {@link Role#VIEWER} (领导查看: aggregate statistics only,
	 * DOMAIN.md §4), else 403.
	 */
	static CurrentUser statisticsCaller(VisitMessages messages) {
		CurrentUser user = CurrentUser.find().orElseThrow(() -> new ForbiddenException(messages.get("forbidden")));
		if (!user.worksWithChildFiles() && !user.has(Role.VIEWER)) {
			throw new ForbiddenException(messages.get("forbidden"));
		}
		return user;
	}

	static String actorName(CurrentUser user) {
		return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
	}

	/** The column holding codes of the level ({@code null} for the country). */
	static String column(RegionLevel level) {
		return switch (level) {
			case COUNTRY -> null;
			case PROVINCE -> "province_code";
			case CITY -> "city_code";
			case COUNTY -> "county_code";
			case TOWNSHIP -> "township_code";
			case VILLAGE -> "village_code";
		};
	}

	/**
	 * An SQL condition restricting {@code care_schedule} rows to the region (bound as {@code :name}); {@code 1 = 1} for
	 * the country, {@code 1 = 0} for anything that is no region code.
	 */
	static String condition(String code, String name) {
		if (Regions.COUNTRY.equals(code)) {
			return "1 = 1";
		}
		RegionLevel level = RegionLevel.ofCode(code);
		return level == null ? "1 = 0" : column(level) + " = :" + name;
	}
}
