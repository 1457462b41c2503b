/**
 * Frontline care (DOMAIN.md §5): visits (联系 and 入户走访) and each child's visit schedule under the county's
 * cadence policy, close attention (密切关注) and the three lists (三个清单), risk assessments, problems tracked to a
 * solution, the work log of directors and supervisors, to-do lists and visit compliance.
 * <p>
 * The schedule of every active child is kept in one table ({@code care_schedule}) with the child's region codes,
 * latest visits, due dates, close-attention reasons and open problems, so that to-do lists and compliance counts are
 * indexed queries at national scale. Child-module events keep it current.
 * <p>
 * Deviation from DESIGN.md convention 6: the child-module events (ChildRegistered, ChildUpdated — also published on
 * reactivation —, ChildExited, ChildCategoriesChanged) and {@link org.shouhu.care.AssessmentRecorded} are handled by
 * synchronous {@code @EventListener}s in the publisher's transaction, not by {@code @ApplicationModuleListener}s
 * (asynchronous, after commit). The schedule is what to-do lists and compliance counts are read from: a child
 * registered must be on the director's list at once, an exited child must leave it at once, and a schedule that
 * failed to follow a change must roll the change back rather than drift from the file.
 * <p>
 * Rules decided here: 困境 = any of the three *_DIFFICULTY categories; single parent (单亲) = exactly one parent with a
 * current situation DECEASED, DECLARED_DEAD, DECLARED_MISSING or GUARDIANSHIP_REVOKED; "current" = no end date or an
 * end date after today (re-read when the file changes). Visits may be backfilled (any past date from the child's
 * birth on, also before the file was registered); the latest visit is the one with the latest date (same day: the
 * one recorded last).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care",
		allowedDependencies = { "account", "audit", "child", "common", "region", "tasks" })
package org.shouhu.care;
