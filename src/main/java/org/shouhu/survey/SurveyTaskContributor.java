package org.shouhu.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.Messages;
import org.shouhu.region.Regions;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The to-do items of open survey rounds: {@code SURVEY_VILLAGE_TO_CONFIRM} for a director whose village is not yet
 * confirmed (while its township is not submitted), {@code SURVEY_TOWNSHIP_TO_SUBMIT} for a supervisor whose township
 * is not yet submitted (with how many villages are confirmed, or that it is ready). Both are due on the round's
 * deadline and overdue after it; they go away once confirmed, submitted or closed. {@code survey/tasks.html} shows
 * the button to the round's page.
 */
@Component
@Transactional(readOnly = true)
class SurveyTaskContributor implements TaskContributor {

	static final String VILLAGE = "SURVEY_VILLAGE_TO_CONFIRM";
	static final String TOWNSHIP = "SURVEY_TOWNSHIP_TO_SUBMIT";
	/** Items per kind at most (a supervisor has one township; a county-wide list is the round page). */
	static final int LIMIT = 50;

	private final NamedParameterJdbcTemplate jdbc;
	private final Regions regions;
	private final Messages messages;
	private final Clock clock;

	SurveyTaskContributor(NamedParameterJdbcTemplate jdbc, Regions regions, Messages messages, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "survey";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean serves(CurrentUser caller) {
		return caller.has(Role.CHILD_DIRECTOR) || caller.has(Role.SUPERVISOR);
	}

	@Override
	public List<TaskItem> itemsFor(CurrentUser caller) {
		LocalDate today = LocalDate.now(clock);
		List<TaskItem> items = new ArrayList<>();
		// a code prefix, not region/RegionScope: a round's rows carry only township and village codes (one row per
		// township and village of a county's open round, so the tables stay small)
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("prefix", (Regions.COUNTRY.equals(caller.jurisdiction()) ? "" : caller.jurisdiction()) + "%");
		if (caller.has(Role.SUPERVISOR)) {
			jdbc.query("""
					select r.name, r.deadline, t.township_code, count(v.id), count(v.confirmed_at)
					from survey_round_township t
					join survey_round r on r.id = t.round_id
					join survey_round_village v on v.round_id = t.round_id and v.township_code = t.township_code
					where r.status = 'OPEN' and t.township_code like :prefix and t.submitted_at is null
					group by r.name, r.deadline, t.township_code
					order by r.deadline, t.township_code
					limit 50""", params, rs -> {
				LocalDate deadline = rs.getObject(2, LocalDate.class);
				String township = rs.getString(3);
				long villages = rs.getLong(4);
				long confirmed = rs.getLong(5);
				String note = confirmed == villages ? messages.get("survey.task.township.ready")
						: messages.get("survey.task.township.progress", confirmed, villages, villages - confirmed);
				items.add(new TaskItem(TOWNSHIP, deadline,
						messages.get("survey.task.township.title", regions.name(township), rs.getString(1)),
						today.isAfter(deadline), null, null, null, null, null, null, null, null, null, null, note));
			});
		}
		if (caller.has(Role.CHILD_DIRECTOR)) {
			jdbc.query("""
					select r.name, r.deadline, v.village_code
					from survey_round_village v
					join survey_round r on r.id = v.round_id
					join survey_round_township t on t.round_id = v.round_id and t.township_code = v.township_code
					where r.status = 'OPEN' and v.village_code like :prefix and v.confirmed_at is null
					  and t.submitted_at is null
					order by r.deadline, v.village_code
					limit 50""", params, rs -> {
				LocalDate deadline = rs.getObject(2, LocalDate.class);
				String village = rs.getString(3);
				items.add(new TaskItem(VILLAGE, deadline, messages.get("survey.task.village.title", rs.getString(1)),
						today.isAfter(deadline), null, null, village, regions.name(village), null, null, null, null,
						null, null, messages.get("survey.task.village.note")));
			});
		}
		return items.stream().sorted((a, b) -> Boolean.compare(b.overdue(), a.overdue())).toList();
	}

	@Override
	public String itemTemplate() {
		return "survey/tasks";
	}
}
