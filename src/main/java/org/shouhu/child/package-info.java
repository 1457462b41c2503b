/**
 * The child registry (一人一档): files with family, caregiver, health, schooling; the classification rules that give
 * each file its categories with a basis; change history, exit and transfer; files without any category suggested
 * for exit on the to-do list until exited or kept with a reason (保留在册).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Children",
		allowedDependencies = { "account", "audit", "common", "region", "tasks" })
package org.shouhu.child;
