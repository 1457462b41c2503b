/**
 * Live statistics (issue 10 "Statistics", DOMAIN.md §8): the summary of a region by category, caregiver relation of
 * left-behind children, age band, gender and sub-region ({@link org.shouhu.statistics.StatisticsSummaries}), the
 * dashboard page, its printable view and its xlsx download.
 * <p>
 * Figures are current. Each counted file (active, at least one category) has one contribution row
 * ({@code stat_child}: region codes, birth date and month, gender, one column per category, caregiver relation);
 * each county has counters per dimension and key ({@code stat_county}). Both are kept by synchronous
 * {@code @EventListener}s of the child events in the transaction of the change (deviation from DESIGN.md convention 6,
 * as in care: a file saved is counted at once, and a failure here rolls the change back instead of drifting from the
 * file). The listener only notes the child; before the commit every noted child is re-read once (ascending id, its
 * contribution row locked), and the counter deltas are applied in a fixed key order (county, dimension, key), so that
 * concurrent transactions cannot deadlock on the counters.
 * <p>
 * Reading: a county, township or village is counted from {@code stat_child} over its region index (one grouped
 * query, exact ages as of today); a city, province or the country is summed from the county counters, age bands from
 * birth-month counters plus an exact count of the three boundary months. The rows of files registered before the
 * module came from migration V21 (set-based); {@link org.shouhu.statistics.StatisticsRebuild} checks the counters
 * against a direct count of the files and rebuilds both tables.
 * <p>
 * Rules decided here: no {@code regionCode} means the caller's jurisdiction; {@code byRegion} lists every division one
 * level down, also those with 0 (empty for a village); every category, relation ({@code NONE}: no caregiver relation
 * recorded), band and gender is listed, also with 0; age is whole years as of today (a birthday today counts);
 * children older than 17 with an active file count in {@code children} and in no age band.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
		allowedDependencies = { "account", "audit", "child", "common", "region" })
package org.shouhu.statistics;
