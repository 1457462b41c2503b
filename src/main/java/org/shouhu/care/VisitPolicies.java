package org.shouhu.care;

import java.time.Clock;
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

	VisitPolicies(CountyVisitPolicyRepository policies, CareSchedules schedules, Regions regions, AuditTrail audit,
			Clock clock, Messages messages, Callers callers) {
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
		CurrentUser user = callers.childFileWorker("care.forbidden");
		county(countyCode);
		if (!user.has(Role.CIVIL_AFFAIRS) || !user.covers(countyCode)) {
			throw new ForbiddenException(messages.get("care.policy.forbidden"));
		}
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
		VisitPolicy before = schedules.policy(countyCode);
		CountyVisitPolicy policy = policies.findById(countyCode).orElseGet(() -> new CountyVisitPolicy(countyCode));
		policy.change(contactDays, homeVisitDays, closeAttentionHomeVisitDays, user.actorName(),
				clock.instant());
		VisitPolicy after = policies.saveAndFlush(policy).view();
		schedules.reschedule(after);
		audit.record(AuditAction.UPDATE, POLICY, countyCode, AuditOutcome.SUCCESS,
				messages.get("care.policy.audit", before.contactDays(), before.homeVisitDays(),
						before.closeAttentionHomeVisitDays(), contactDays, homeVisitDays,
						closeAttentionHomeVisitDays));
		return after;
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
}
