package org.shouhu.testing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Survey rounds for tests: a county's open round is set aside (closed directly in the database, as if the county
 * had closed it) so that each test can open its own; one OPEN round per county holds at any time.
 * {@link #PAGES_COUNTY} is the county that the survey page and browser tests share (they run one after another).
 */
@Component
public class SurveyRoundFixtures {

	/** The county of the survey page tests and the survey browser test. */
	public static final String PAGES_COUNTY = UnusedRegions.county();

	private final JdbcTemplate jdbc;

	SurveyRoundFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Closes the county's open round, if any, without a snapshot. */
	public void closeOpenRound(String county) {
		jdbc.update("update survey_round set status = 'CLOSED', open_county_code = null, closed_by = 'test',"
				+ " closed_at = current_timestamp where open_county_code = ?", county);
	}

	/** The deadline a week after today. */
	public static LocalDate nextWeek() {
		return TestClock.today().plusDays(7);
	}

	/** The open-round body for the API. */
	public static String body(String county, String name, LocalDate deadline) {
		return "{\"regionCode\":\"%s\",\"name\":\"%s\",\"deadline\":\"%s\"}".formatted(county, name, deadline);
	}

	/** The villages, each given one new active file (registered through {@code care}). */
	public static List<String> withFiles(CareFixtures care, List<String> villages) {
		villages.forEach(care::child);
		return villages;
	}
}
