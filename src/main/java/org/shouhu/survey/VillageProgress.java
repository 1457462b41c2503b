package org.shouhu.survey;

import java.time.Instant;
import java.util.List;

import org.shouhu.account.VillageDirectors.Director;

/**
 * A village of a round for the county's page: confirmed or not (by whom, when), late (unconfirmed past the
 * deadline), its township and whether that was submitted, and the village's directors with their phones.
 */
public record VillageProgress(String villageCode, String name, String townshipCode, String townshipName,
		boolean confirmed, String confirmedBy, Instant confirmedAt, boolean late, boolean townshipSubmitted,
		List<Director> directors) {
}
