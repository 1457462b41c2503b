/**
 * Users, roles, jurisdictions, login, API tokens, password policy and lockout. {@link org.shouhu.account.CurrentUser}
 * is how other modules learn who is calling and where they may look.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "audit", "common", "region" })
package org.shouhu.account;
