package org.shouhu.region.web;

import java.util.Optional;

import org.shouhu.region.Jurisdictional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The jurisdiction of the authenticated caller, whose principal is {@link Jurisdictional}. */
final class CallerJurisdiction {

	private CallerJurisdiction() {
	}

	/** The caller's jurisdiction; empty when nobody is authenticated or the principal has none. */
	static Optional<String> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jurisdictional principal) {
			return Optional.ofNullable(principal.jurisdiction());
		}
		return Optional.empty();
	}
}
