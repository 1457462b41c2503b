package org.shouhu.region.web;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The jurisdiction of the authenticated caller, read from the principal's {@code jurisdiction} record component
 * ({@code org.shouhu.account.CurrentUser#jurisdiction}, the principal of every authenticated request).
 * <p>
 * Read by name rather than through the {@code CurrentUser} type: the account module depends on regions (users'
 * jurisdictions are regions), so a type reference from here would make a module cycle.
 */
final class CallerJurisdiction {

	private CallerJurisdiction() {
	}

	/** The caller's jurisdiction; empty when nobody is authenticated or the principal has none. */
	static Optional<String> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Record principal)) {
			return Optional.empty();
		}
		for (RecordComponent component : principal.getClass().getRecordComponents()) {
			if (component.getName().equals("jurisdiction") && component.getType() == String.class) {
				try {
					return Optional.ofNullable((String) component.getAccessor().invoke(principal));
				}
				catch (ReflectiveOperationException e) {
					throw new IllegalStateException("cannot read the caller's jurisdiction", e);
				}
			}
		}
		return Optional.empty();
	}
}
