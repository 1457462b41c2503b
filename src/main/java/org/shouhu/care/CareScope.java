package org.shouhu.care;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.ForbiddenException;

/** Who may call the care services. */
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
}
