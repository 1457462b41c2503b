package org.shouhu.account;

import java.util.Set;

/** A change to an account's profile, made against the {@code version} the editor saw (stale → 409). */
public record UserChange(String displayName, Set<Role> roles, String jurisdiction, Department department, String phone,
		Long version) {
}
