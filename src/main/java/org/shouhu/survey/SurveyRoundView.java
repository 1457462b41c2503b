package org.shouhu.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One round as API.md gives it ({@code id … byRegion}) plus its county, its totals, who opened and closed it and
 * whether it is late. {@code villages}, {@code confirmed}, {@code townships} and {@code submittedTownships} count the
 * whole county; {@code byRegion} lists the townships inside the caller's jurisdiction (a supervisor's or director's
 * own township, every township for the county).
 *
 * @param late whether today is past the deadline while the round is open
 * @param snapshotAvailable whether {@code GET …/snapshot} answers (closed, and the caller covers the whole county)
 */
public record SurveyRoundView(long id, String name, SurveyRoundStatus status, LocalDate deadline, int villages,
		int confirmed, int submittedTownships, List<TownshipProgress> byRegion, String regionCode, String regionName,
		String statusLabel, int townships, boolean late, String openedBy, Instant openedAt, String closedBy,
		Instant closedAt, boolean snapshotAvailable, long version) {

	/** A township of the round: its villages, how many are confirmed, whether and by whom it was submitted. */
	public record TownshipProgress(String regionCode, String name, int villages, int confirmed, boolean submitted,
			String submittedBy, Instant submittedAt) {

		/** Whether every village is confirmed and the township not yet submitted. */
		public boolean readyToSubmit() {
			return !submitted && confirmed == villages;
		}
	}
}
