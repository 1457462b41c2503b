/**
 * Users, roles, jurisdictions, login, API tokens, password policy and lockout. {@link org.shouhu.account.CurrentUser}
 * is how other modules learn who is calling and where they may look, {@link org.shouhu.account.Callers} the one caller
 * check of their services. The module supplies the caller to the modules below it through their interfaces
 * ({@code region.CallerJurisdiction}, {@code audit.AuditCaller}, {@code audit.AuditNames}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "audit", "common", "region" })
package org.shouhu.account;
