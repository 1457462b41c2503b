package org.shouhu.protection;

import java.sql.Timestamp;
import java.time.Clock;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.StaleVersionException;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acceptance deadline per county ("立即", 强制报告意见 Art 5 "立即"; the county sets how many minutes that is):
 * default {@value #DEFAULT_MINUTES} minutes, 1–{@value #MAX_MINUTES}. Only CIVIL_AFFAIRS of the county or above read
 * and change it (403 for other roles and for civil affairs elsewhere); a code that is no loaded county → 404. A
 * change applies to reports filed after it (a report's deadline is fixed when it is filed) and is audited.
 */
@Service
@Transactional
public class ReportPolicies {

	public static final int DEFAULT_MINUTES = 60;
	public static final int MAX_MINUTES = 1440;

	/** Audit subject type of the county report policies (subject id: the county code). */
	public static final String POLICY = "REPORT_POLICY";

	private final ReportPolicyRepository policies;
	private final Regions regions;
	private final Callers callers;
	private final AuditTrail audit;
	private final Messages messages;
	private final Clock clock;
	private final NamedParameterJdbcTemplate jdbc;

	ReportPolicies(ReportPolicyRepository policies, Regions regions, Callers callers, AuditTrail audit,
			Messages messages, Clock clock, NamedParameterJdbcTemplate jdbc) {
		this.policies = policies;
		this.regions = regions;
		this.callers = callers;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ReportPolicyView find(String countyCode) {
		caller(countyCode);
		return current(countyCode);
	}

	/**
	 * Sets the county's minutes (required, 1–{@value #MAX_MINUTES}, else 400). {@code version}, when given, must be
	 * the one read (else 409: the policy changed since). Concurrent changes apply one after the other.
	 */
	public ReportPolicyView change(String countyCode, Integer acceptWithinMinutes, Long version) {
		CurrentUser user = caller(countyCode);
		if (acceptWithinMinutes == null) {
			throw new InvalidInputException("acceptWithinMinutes", messages.get("common.required"));
		}
		if (acceptWithinMinutes < 1 || acceptWithinMinutes > MAX_MINUTES) {
			throw new InvalidInputException("acceptWithinMinutes",
					messages.get("protection.report.policy.range", MAX_MINUTES));
		}
		int before = current(countyCode).acceptWithinMinutes();
		jdbc.update("""
				insert into report_policy (county_code, version, accept_within_minutes, updated_by, updated_at)
				values (:county, 0, :minutes, :actor, :now)
				on conflict do nothing""", new MapSqlParameterSource()
				.addValue("county", countyCode)
				.addValue("minutes", DEFAULT_MINUTES)
				.addValue("actor", user.actorName())
				.addValue("now", Timestamp.from(clock.instant())));
		ReportPolicy policy = policies.findForUpdate(countyCode).orElseThrow();
		if (version != null && version != policy.getVersion()) {
			throw new StaleVersionException(messages.get("protection.report.policy.stale"));
		}
		policy.change(acceptWithinMinutes, user.actorName(), clock.instant());
		ReportPolicyView after = policies.saveAndFlush(policy).view();
		audit.record(AuditAction.UPDATE, POLICY, countyCode, AuditOutcome.SUCCESS,
				messages.get("protection.report.policy.audit", before, acceptWithinMinutes));
		return after;
	}

	/** The minutes that apply in a county now (its row, else the default); no caller check. */
	int minutes(String countyCode) {
		return policies.findById(countyCode).map(ReportPolicy::getAcceptWithinMinutes).orElse(DEFAULT_MINUTES);
	}

	private ReportPolicyView current(String countyCode) {
		return policies.findById(countyCode).map(ReportPolicy::view)
				.orElseGet(() -> new ReportPolicyView(countyCode, DEFAULT_MINUTES, 0, null, null));
	}

	private CurrentUser caller(String countyCode) {
		CurrentUser user = callers.holding("protection.report.policy.forbidden", Role.CIVIL_AFFAIRS);
		if (regions.find(countyCode).filter(r -> r.getLevel() == RegionLevel.COUNTY).isEmpty()) {
			throw new NotFoundException(messages.get("protection.report.policy.notFound", countyCode));
		}
		if (!user.covers(countyCode)) {
			throw new org.shouhu.common.ForbiddenException(messages.get("protection.report.policy.forbidden"));
		}
		return user;
	}
}
