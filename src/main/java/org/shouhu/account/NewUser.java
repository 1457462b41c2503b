package org.shouhu.account;

import java.util.Set;

/**
 * What it takes to create an account. {@code department} is required for {@link Role#DEPARTMENT}; {@code phone}
 * is optional (stored encrypted).
 */
public record NewUser(String username, String displayName, String password, Set<Role> roles, String jurisdiction,
		Department department, String phone) {
}
