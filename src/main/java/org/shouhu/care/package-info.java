/**
 * Frontline care (DOMAIN.md §5): visits (联系 and 入户走访) and each child's visit schedule under the county's
 * cadence policy, close attention (密切关注) and the three lists (三个清单), risk assessments, problems tracked to a
 * solution, the work log of directors and supervisors, to-do lists and visit compliance.
 * <p>
 * The schedule of every active child is kept in one table ({@code care_schedule}) with the child's region codes,
 * latest visits, due dates, close-attention reasons and open problems, so that to-do lists and compliance counts are
 * indexed queries at national scale. Child-module events keep it current.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care")
package org.shouhu.care;
