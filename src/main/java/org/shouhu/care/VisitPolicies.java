package org.shouhu.care;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.Messages;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.Region;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit cadence per county. Anyone who works with child files may read the policy of a county in their jurisdiction
 * (or the county that contains it); only CIVIL_AFFAIRS of that county or above may change it (403 otherwise). A
 * change applies to every schedule of the county at once and is recorded in the audit trail.
 * <p>
 * A code that is not a loaded county (unknown, or a village, township, city... code) is 404, as is reading the
 * policy of a county the caller's jurisdiction neither contains nor lies in. Callers whose role does not work with
 * child files → 403.
 */
@Service
@Transactional
public class VisitPolicies {

	/** Audit subject type of county visit policies (subject id: the county code). */
	public static final String POLICY = "VISIT_POLICY";

	private static final int MAX_DAYS = 365;

	private final CountyVisitPolicyRepository policies;
	private final CareSchedules schedules;
	private final Regions regions;
	private final AuditTrail audit;
	private final Clock clock;
	private final Messages messages;
	private final Callers callers;
	private final NamedParameterJdbcTemplate jdbc;

	VisitPolicies(CountyVisitPolicyRepository policies, CareSchedules schedules, Regions regions, AuditTrail audit,
			Clock clock, Messages messages, Callers callers, NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.schedules = schedules;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
		this.callers = callers;
	}

	@Transactional(readOnly = true)
	public VisitPolicy find(String countyCode) {
		CurrentUser user = callers.childFileWorker("care.forbidden");
		county(countyCode);
		if (!user.covers(countyCode) && !Regions.within(countyCode, user.jurisdiction())) {
			throw new NotFoundException(messages.get("care.policy.notFound", countyCode));
		}
		return schedules.policy(countyCode);
	}

	/**
	 * Each interval 1–365 days and close attention not longer than the home-visit interval (else 400). Due dates of
	 * every file of the county follow in the same transaction.
	 */
	public VisitPolicy change(String countyCode, int contactDays, int homeVisitDays, int closeAttentionHomeVisitDays) {
		CurrentUser user = changer(countyCode);
		validate(contactDays, homeVisitDays, closeAttentionHomeVisitDays);
		CountyVisitPolicy policy = locked(countyCode, user.actorName());
		VisitPolicy before = policy.view();
		policy.change(contactDays, homeVisitDays, closeAttentionHomeVisitDays, user.actorName(),
				clock.instant());
		VisitPolicy after = policies.saveAndFlush(policy).view();
		schedules.policyChanged(countyCode);
		schedules.reschedule(after);
		audit.record(AuditAction.UPDATE, POLICY, countyCode, AuditOutcome.SUCCESS,
				messages.get("care.policy.audit", before.contactDays(), before.homeVisitDays(),
						before.closeAttentionHomeVisitDays(), contactDays, homeVisitDays,
						closeAttentionHomeVisitDays));
		return after;
	}

	/**
	 * How many active children of the county are overdue today and how many would be under the given intervals,
	 * before a change is saved; same callers and checks as {@link #change}, nothing changes. One count over the
	 * county's {@code care_schedule} rows, with the due dates {@link CareSchedules#reschedule} would write (last
	 * contact or home visit, else registration, plus the interval; due before today = overdue).
	 */
	@Transactional(readOnly = true)
	public CadencePreview preview(String countyCode, int contactDays, int homeVisitDays,
			int closeAttentionHomeVisitDays) {
		changer(countyCode);
		validate(contactDays, homeVisitDays, closeAttentionHomeVisitDays);
		LocalDate today = LocalDate.now(clock);
		String contactLate = "coalesce(last_contact_on, registered_on) < :contactBefore";
		String homeLate = "(close_attention and coalesce(last_home_visit_on, registered_on) < :closeBefore"
				+ " or not close_attention and coalesce(last_home_visit_on, registered_on) < :homeBefore)";
		String nowLate = "(contact_due_on < :today or home_visit_due_on < :today)";
		return jdbc.queryForObject("""
				select count(*),
				       coalesce(sum(case when %1$s then 1 else 0 end), 0),
				       coalesce(sum(case when contact_due_on < :today then 1 else 0 end), 0),
				       coalesce(sum(case when home_visit_due_on < :today then 1 else 0 end), 0),
				       coalesce(sum(case when %2$s or %3$s then 1 else 0 end), 0),
				       coalesce(sum(case when %2$s then 1 else 0 end), 0),
				       coalesce(sum(case when %3$s then 1 else 0 end), 0)
				from care_schedule where county_code = :county and active = true""".formatted(nowLate, contactLate,
				homeLate), new MapSqlParameterSource()
				.addValue("county", countyCode)
				.addValue("today", Date.valueOf(today))
				.addValue("contactBefore", Date.valueOf(today.minusDays(contactDays)))
				.addValue("homeBefore", Date.valueOf(today.minusDays(homeVisitDays)))
				.addValue("closeBefore", Date.valueOf(today.minusDays(closeAttentionHomeVisitDays))),
				(rs, n) -> new CadencePreview(countyCode, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), rs.getLong(7)));
	}

	/**
	 * The county's row, locked until the change commits. A county on the defaults has no row: it gets one with the
	 * defaults first, by an insert that does nothing when a concurrent change inserted it already (that one waits
	 * for the other to commit). Two changes at once thus apply one after the other, each answering 200, instead of
	 * both inserting (a primary-key violation) or one failing on the version.
	 */
	private CountyVisitPolicy locked(String countyCode, String actor) {
		VisitPolicy defaults = CountyVisitPolicy.defaults(countyCode);
		jdbc.update("""
				insert into visit_policy (county_code, version, contact_days, home_visit_days,
				    close_attention_home_visit_days, updated_by, updated_at)
				values (:county, 0, :contactDays, :homeVisitDays, :closeAttentionDays, :actor, :now)
				on conflict do nothing""", new MapSqlParameterSource()
				.addValue("county", countyCode)
				.addValue("contactDays", defaults.contactDays())
				.addValue("homeVisitDays", defaults.homeVisitDays())
				.addValue("closeAttentionDays", defaults.closeAttentionHomeVisitDays())
				.addValue("actor", actor)
				.addValue("now", Timestamp.from(clock.instant())));
		return policies.findForUpdate(countyCode).orElseThrow();
	}

	/** The caller, who must be CIVIL_AFFAIRS of the county or above (403 otherwise); unknown county → 404. */
	private CurrentUser changer(String countyCode) {
		CurrentUser user = callers.childFileWorker("care.forbidden");
		county(countyCode);
		if (!user.has(Role.CIVIL_AFFAIRS) || !user.covers(countyCode)) {
			throw new ForbiddenException(messages.get("care.policy.forbidden"));
		}
		return user;
	}

	private void validate(int contactDays, int homeVisitDays, int closeAttentionHomeVisitDays) {
		List<FieldProblem> problems = new ArrayList<>();
		range(problems, "contactDays", contactDays);
		range(problems, "homeVisitDays", homeVisitDays);
		range(problems, "closeAttentionHomeVisitDays", closeAttentionHomeVisitDays);
		if (problems.isEmpty() && closeAttentionHomeVisitDays > homeVisitDays) {
			problems.add(new FieldProblem("closeAttentionHomeVisitDays", messages.get("care.policy.closeAttention")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Region county(String code) {
		return regions.find(code).filter(r -> r.getLevel() == RegionLevel.COUNTY)
				.orElseThrow(() -> new NotFoundException(messages.get("care.policy.notFound", code)));
	}

	private void range(List<FieldProblem> problems, String field, int days) {
		if (days < 1 || days > MAX_DAYS) {
			problems.add(new FieldProblem(field, messages.get("care.policy.range", String.valueOf(MAX_DAYS))));
		}
	}

	/**
	 * Active children of a county overdue today ({@code now…}) and under the intervals of a change not yet saved
	 * ({@code then…}): overdue for contact or home visit (each child once), for contact, for home visit.
	 */
	public record CadencePreview(String countyCode, long children, long nowOverdue, long nowContactOverdue,
			long nowHomeVisitOverdue, long thenOverdue, long thenContactOverdue, long thenHomeVisitOverdue) {

		/** How many more children would be overdue (negative: fewer). */
		public long change() {
			return thenOverdue - nowOverdue;
		}
	}
}
