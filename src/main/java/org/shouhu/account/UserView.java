package org.shouhu.account;

import java.time.Instant;
import java.util.Set;

/**
 * An account as shown to security admins and to the user; never carries the password.
 *
 * @param passwordChangeRequired the password was chosen by a security admin and the user has not changed it yet
 */
public record UserView(long id, String username, String displayName, Set<Role> roles, String jurisdiction,
		String jurisdictionName, Department department, String phone, boolean enabled, boolean locked,
		Instant lockedUntil, Instant lastLoginAt, long version, Instant createdAt, Instant updatedAt,
		boolean passwordChangeRequired) {
}
