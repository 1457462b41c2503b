package org.shouhu.care;

import java.time.LocalDate;

import org.shouhu.child.ChildCareFacts;
import org.shouhu.child.ChildManagement;
import org.shouhu.common.TransactionMemo;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the {@code care_schedule} rows: created and refreshed from the child file's facts, moved by visits and
 * assessments, rewritten for a whole county when its policy changes. No caller checks: callers have done them.
 */
@Component
@Transactional
class CareSchedules {

	private final CareScheduleRepository schedules;
	private final CountyVisitPolicyRepository policies;
	private final ChildManagement children;
	private final NamedParameterJdbcTemplate jdbc;
	private final TransactionMemo<String, VisitPolicy> policyMemo = new TransactionMemo<>();

	CareSchedules(CareScheduleRepository schedules, CountyVisitPolicyRepository policies, ChildManagement children,
			NamedParameterJdbcTemplate jdbc) {
		this.schedules = schedules;
		this.policies = policies;
		this.children = children;
		this.jdbc = jdbc;
	}

	/** The county's policy, or the defaults; asked once per transaction (an import saves hundreds of files in one). */
	@Transactional(readOnly = true)
	VisitPolicy policy(String countyCode) {
		return policyMemo.get(countyCode, county -> policies.findById(county).map(CountyVisitPolicy::view)
				.orElseGet(() -> CountyVisitPolicy.defaults(county)));
	}

	/** The county's policy changed in this transaction: {@link #policy} asks the database again. */
	void policyChanged(String countyCode) {
		policyMemo.forget(countyCode);
	}

	/** The child's row, or (for a file the schedule has not seen, which should not happen) one made from its facts, unsaved. */
	@Transactional(readOnly = true)
	CareSchedule current(long childId) {
		return schedules.findById(childId).orElseGet(() -> fromFacts(children.careFacts(childId)));
	}

	/** The child's row, locked for the rest of the transaction; created from the file's facts when missing. */
	CareSchedule forUpdate(long childId) {
		return schedules.findForUpdate(childId).orElseGet(() -> schedules.save(fromFacts(children.careFacts(childId))));
	}

	/** Takes the file's current facts (region, status, registration, family reasons). */
	/**
	 * The row of a file registered in this transaction, which has none yet: inserted without looking (the inserts
	 * of an import's batch go to the database together).
	 */
	void registered(long childId) {
		schedules.save(fromFacts(children.careFacts(childId)));
	}

	void refresh(long childId) {
		refresh(children.careFacts(childId));
	}

	/** The row as of {@code on} (the daily review of the file): a parent's situation that has ended counts no more. */
	void refresh(long childId, LocalDate on) {
		refresh(children.careFacts(childId, on));
	}

	private void refresh(ChildCareFacts facts) {
		long childId = facts.childId();
		schedules.findForUpdate(childId).ifPresentOrElse(
				row -> row.apply(facts, policy(countyOf(facts))),
				() -> schedules.save(fromFacts(facts)));
	}

	void assessmentRecorded(long assessmentId, long childId, RiskLevel level, LocalDate assessedOn) {
		CareSchedule row = forUpdate(childId);
		row.assessmentRecorded(assessmentId, level, assessedOn, policy(row.getCountyCode()));
	}

	/**
	 * Due dates of every file of the county under the new policy, in one statement (in the caller's transaction).
	 * Returns the number of rows rewritten.
	 */
	int reschedule(VisitPolicy policy) {
		return jdbc.update("""
				update care_schedule
				set contact_due_on = coalesce(last_contact_on, registered_on) + cast(:contactDays as integer),
				    home_visit_due_on = coalesce(last_home_visit_on, registered_on)
				        + cast(case when close_attention then :closeAttentionDays else :homeVisitDays end as integer)
				where county_code = :county""", new MapSqlParameterSource()
				.addValue("contactDays", policy.contactDays())
				.addValue("homeVisitDays", policy.homeVisitDays())
				.addValue("closeAttentionDays", policy.closeAttentionHomeVisitDays())
				.addValue("county", policy.countyCode()));
	}

	private CareSchedule fromFacts(ChildCareFacts facts) {
		return new CareSchedule(facts, policy(countyOf(facts)));
	}

	private static String countyOf(ChildCareFacts facts) {
		return facts.villageCode().substring(0, 6);
	}
}
