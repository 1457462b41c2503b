/**
 * The audit trail: who did what and who saw what, with time, IP, subject and outcome. Append-only: the
 * application offers no way to edit or delete an event; events older than the retention period (at least
 * 180 days) are purged by a scheduled job.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = "common")
package org.shouhu.audit;
