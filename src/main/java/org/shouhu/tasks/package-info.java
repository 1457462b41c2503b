/**
 * The caller's to-do list, gathered from every module. A module contributes the items of the caller's jurisdiction
 * by implementing {@link org.shouhu.tasks.TaskContributor}; {@link org.shouhu.tasks.Tasks} asks every contributor and
 * serves {@code GET /api/v1/tasks} and the home page's sections. This module knows no other module's items: it
 * depends on accounts (who is calling, the directors of villages), regions (names) and the shared kernel only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "To-do items",
		allowedDependencies = { "account", "common", "region" })
package org.shouhu.tasks;
