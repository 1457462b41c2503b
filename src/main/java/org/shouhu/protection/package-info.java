/**
 * Protection response (DOMAIN.md §6; 强制报告意见; 未保法 Art 11, 21–22, 92–94): mandatory reports routed to the
 * receiving departments with the county's acceptance deadline, their handling timeline and feedback to the reporter;
 * report suggestions from visits and assessments; guardianship interventions, temporary guardianship among them;
 * caregiver oversight (委托照护) with caregiver cases; the county protection dashboard.
 * <p>
 * The reporter's name and phone are confidential: only the report's receivers read them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection",
		allowedDependencies = { "account", "audit", "care", "child", "common", "region", "tasks" })
package org.shouhu.protection;
