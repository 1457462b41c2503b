package org.shouhu.statistics;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a region (API.md "statistics/summary"): {@code children} counts active files with at least one
 * category, each child once; the maps list every code, also with 0; {@code byRegion} is one level down (every
 * division, ordered by code; empty for a village).
 *
 * @param asOf when the figures were read
 */
public record StatisticsSummary(String regionCode, Instant asOf, long children, Map<String, Long> byCategory,
		Map<String, Long> leftBehindByCaregiver, Map<String, Long> byAgeBand, Map<String, Long> byGender,
		List<RegionFigures> byRegion) {

	/** The age bands, in order. */
	public static final List<String> AGE_BANDS = List.of("0-5", "6-13", "14-17");

	/** The caregiver key of a left-behind child whose file names no caregiver relation. */
	public static final String NO_CAREGIVER = "NONE";

	public StatisticsSummary {
		byCategory = ordered(byCategory);
		leftBehindByCaregiver = ordered(leftBehindByCaregiver);
		byAgeBand = ordered(byAgeBand);
		byGender = ordered(byGender);
		byRegion = List.copyOf(byRegion);
	}

	/** An unmodifiable copy that keeps the order of {@code map}. */
	static Map<String, Long> ordered(Map<String, Long> map) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	/** One division below the summary's region. */
	public record RegionFigures(String regionCode, String name, long children, Map<String, Long> byCategory) {

		public RegionFigures {
			byCategory = ordered(byCategory);
		}
	}
}
