package org.shouhu.account;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import org.shouhu.region.Regions;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The authenticated caller: the principal of every authenticated request, pages and API alike.
 *
 * @param jurisdiction region code the user works in ({@code CN} for all of China); they see only what lies inside
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, String jurisdiction,
		String department) implements AuthenticatedPrincipal, Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	/** The caller of the current request; fails when nobody is authenticated. */
	public static CurrentUser get() {
		return find().orElseThrow(() -> new IllegalStateException("no authenticated user"));
	}

	/**
	 * The caller of the current request, if authenticated. Services check the caller through {@link Callers}; this is
	 * for the few places that only ask who is there (pages choosing what to show).
	 */
	public static Optional<CurrentUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	@Override
	public String getName() {
		return username;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether any of the user's roles may read child files (admins, viewers and departments may not). */
	public boolean worksWithChildFiles() {
		return roles.stream().anyMatch(Role::worksWithChildFiles);
	}

	/** Whether {@code regionCode} lies inside (or is) the user's jurisdiction ({@link Regions#within}). */
	public boolean covers(String regionCode) {
		return Regions.within(jurisdiction, regionCode);
	}

	/**
	 * The name written as the actor of a change into file histories and records (登记人, 走访人, 评估人): the display
	 * name, or the login name when the account has none. The audit trail records the login name ({@link #getName()}).
	 */
	public String actorName() {
		return displayName == null || displayName.isBlank() ? username : displayName;
	}
}
