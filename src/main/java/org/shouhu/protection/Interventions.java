package org.shouhu.protection;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.child.ChildCareFacts;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.TextCheck;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.RegionScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guardianship intervention ladder on a child's file (DOMAIN.md §6; 未保法 Art 92–94, 118): record a step, list
 * them, end a temporary guardianship; and the active temporary guardianships of a region for the county dashboard.
 * <p>
 * Callers must work with child files (else 403); a child outside the caller's jurisdiction is 404 like an unknown
 * one. The community and police steps may be recorded by any of them, the steps of
 * {@link InterventionType#civilAffairsOnly()} (temporary and long-term guardianship, court and procuratorate steps)
 * and ending a temporary guardianship only by {@code CIVIL_AFFAIRS} (403). Bad input is 400 with every field problem,
 * nothing stored; a new step on an exited file, a second active temporary guardianship, ending a one-off step or
 * ending twice is 409. One active temporary guardianship per child is also held by the database (unique
 * {@code active_child_id}, V15): of parallel requests one wins, the others get the same 409.
 * <p>
 * While a temporary guardianship is active the file carries the mark 临时监护中
 * ({@link ChildManagement#markTemporaryGuardianship}). Recording and ending are audited (CREATE / UPDATE, subject
 * type {@value #INTERVENTION}); reading a child's interventions is audited as a VIEW of the child.
 */
@Service
@Transactional
public class Interventions {

	/** Audit subject type of interventions. */
	public static final String INTERVENTION = "INTERVENTION";

	static final String FORBIDDEN = "protection.intervention.forbidden";

	/** Active temporary guardianships a dashboard list shows at most. */
	static final int LIST_LIMIT = 200;

	private static final String UNIQUE_VIOLATION = "23505";

	private final InterventionRepository interventions;
	private final ChildManagement children;
	private final EntityManager entities;
	private final AuditTrail audit;
	private final Callers callers;
	private final Clock clock;
	private final Messages messages;

	Interventions(InterventionRepository interventions, ChildManagement children, EntityManager entities,
			AuditTrail audit, Callers callers, Clock clock, Messages messages) {
		this.interventions = interventions;
		this.children = children;
		this.entities = entities;
		this.audit = audit;
		this.callers = callers;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Records a step of the ladder. {@code startedOn} required, not in the future nor before the child's birth;
	 * {@code actingUnit} required short text (at most {@value Intervention#ACTING_UNIT_LIMIT}); {@code note} required
	 * (at most {@value Intervention#NOTE_LIMIT}); a temporary guardianship needs {@code basis} (Art 92) and
	 * {@code placement} (Art 93), which no other type takes; {@code placementDetail} optional (at most
	 * {@value Intervention#PLACEMENT_DETAIL_LIMIT}). A temporary guardianship starts {@code ACTIVE} and marks the file.
	 */
	public InterventionView record(long childId, NewIntervention input) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		ChildSummary child = children.summary(childId);
		if (input == null || input.type() == null) {
			throw new InvalidInputException("type", messages.get("common.required"));
		}
		InterventionType type = input.type();
		if (type.civilAffairsOnly() && !user.has(Role.CIVIL_AFFAIRS)) {
			throw new ForbiddenException(messages.get("protection.intervention.civilAffairsOnly", type.label()));
		}
		if (child.status() != ChildStatus.ACTIVE) {
			throw new NotAllowedNowException("protection.intervention.exited");
		}
		ChildCareFacts facts = children.careFacts(childId);
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		if (input.startedOn() == null) {
			problems.add(new FieldProblem("startedOn", messages.get("common.required")));
		}
		else if (input.startedOn().isAfter(today)) {
			problems.add(new FieldProblem("startedOn", messages.get("common.futureDate")));
		}
		else if (facts.birthDate() != null && input.startedOn().isBefore(facts.birthDate())) {
			problems.add(new FieldProblem("startedOn", messages.get("protection.intervention.beforeBirth")));
		}
		String actingUnit = text(problems, "actingUnit", input.actingUnit(), true, Intervention.ACTING_UNIT_LIMIT,
				false);
		String note = text(problems, "note", input.note(), true, Intervention.NOTE_LIMIT, true);
		String placementDetail = text(problems, "placementDetail", input.placementDetail(), false,
				Intervention.PLACEMENT_DETAIL_LIMIT, true);
		if (type.lasting()) {
			if (input.basis() == null) {
				problems.add(new FieldProblem("basis", messages.get("protection.intervention.basis.required")));
			}
			if (input.placement() == null) {
				problems.add(new FieldProblem("placement", messages.get("protection.intervention.placement.required")));
			}
		}
		else {
			if (input.basis() != null) {
				problems.add(new FieldProblem("basis", messages.get("protection.intervention.basis.notApplicable")));
			}
			if (input.placement() != null) {
				problems.add(new FieldProblem("placement",
						messages.get("protection.intervention.placement.notApplicable")));
			}
			if (placementDetail != null) {
				problems.add(new FieldProblem("placementDetail",
						messages.get("protection.intervention.placement.notApplicable")));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (type.lasting() && interventions.existsByChildIdAndTypeAndStatus(childId, type, InterventionStatus.ACTIVE)) {
			throw new NotAllowedNowException("protection.intervention.activeExists");
		}
		Instant now = clock.instant();
		Intervention saved = insert(new Intervention(childId, child.villageCode(), input, actingUnit, note,
				placementDetail, user.actorName(), now));
		if (type.lasting()) {
			children.markTemporaryGuardianship(childId, true);
		}
		audit.record(AuditAction.CREATE, INTERVENTION, saved.getId(), AuditOutcome.SUCCESS,
				messages.get("protection.intervention.audit.of", childId));
		return saved.view();
	}

	/** The child's steps, newest first (by start date, then by recording order). Audited as a VIEW of the child. */
	@Transactional(readOnly = true)
	public List<InterventionView> list(long childId) {
		callers.childFileWorker(FORBIDDEN);
		children.summary(childId);
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, childId, AuditOutcome.SUCCESS,
				messages.get("protection.intervention.audit.read"));
		return interventions.findByChildIdOrderByStartedOnDescIdDesc(childId).stream().map(Intervention::view).toList();
	}

	/**
	 * Ends an active temporary guardianship (CIVIL_AFFAIRS, else 403): {@code endedOn} required, not before the start
	 * nor in the future; {@code outcome} required; {@code note} optional (at most {@value Intervention#NOTE_LIMIT}).
	 * Ending a one-off step or an ended one → 409. {@code LONG_TERM_GUARDIANSHIP} also records the long-term
	 * guardianship (Art 94) as a step from {@code endedOn}, by the same acting unit. The file's mark is cleared.
	 */
	public InterventionView end(long childId, long interventionId, EndIntervention input) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		ChildSummary child = children.summary(childId);
		Intervention intervention = interventions.findByIdAndChildId(interventionId, child.id())
				.orElseThrow(() -> new NotFoundException(messages.get("protection.intervention.notFound")));
		if (!user.has(Role.CIVIL_AFFAIRS)) {
			throw new ForbiddenException(messages.get("protection.intervention.endForbidden"));
		}
		intervention.checkEndable();
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate endedOn = input == null ? null : input.endedOn();
		if (endedOn == null) {
			problems.add(new FieldProblem("endedOn", messages.get("common.required")));
		}
		else if (endedOn.isAfter(today)) {
			problems.add(new FieldProblem("endedOn", messages.get("common.futureDate")));
		}
		else if (endedOn.isBefore(intervention.getStartedOn())) {
			problems.add(new FieldProblem("endedOn",
					messages.get("protection.intervention.endedOn.beforeStart", intervention.getStartedOn().toString())));
		}
		if (input == null || input.outcome() == null) {
			problems.add(new FieldProblem("outcome", messages.get("common.required")));
		}
		String note = text(problems, "note", input == null ? null : input.note(), false, Intervention.NOTE_LIMIT,
				true);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		intervention.end(endedOn, input.outcome(), note, user.actorName(), now);
		interventions.saveAndFlush(intervention);
		children.markTemporaryGuardianship(childId, false);
		audit.record(AuditAction.UPDATE, INTERVENTION, interventionId, AuditOutcome.SUCCESS,
				messages.get("protection.intervention.audit.of", childId));
		if (input.outcome() == InterventionOutcome.LONG_TERM_GUARDIANSHIP) {
			Intervention longTerm = insert(new Intervention(childId, child.villageCode(),
					new NewIntervention(InterventionType.LONG_TERM_GUARDIANSHIP, endedOn, null, null, null, null,
							null),
					intervention.getActingUnit(),
					note != null ? note : messages.get("protection.intervention.longTermFromTemporary"), null,
					user.actorName(), now));
			audit.record(AuditAction.CREATE, INTERVENTION, longTerm.getId(), AuditOutcome.SUCCESS,
					messages.get("protection.intervention.audit.of", childId));
		}
		return intervention.view();
	}

	/**
	 * The number of active temporary guardianships of children in {@code regionCode} (the caller's jurisdiction when
	 * null), counted in the database on the region's indexed column. For the county protection dashboard; callers
	 * that work with child files or read statistics (领导查看), else 403. A code that is no division → 400 on
	 * {@code regionCode}; a region outside the caller's jurisdiction → 404.
	 */
	@Transactional(readOnly = true)
	public long activeTemporaryGuardianships(String regionCode) {
		CurrentUser user = callers.statisticsReader(FORBIDDEN);
		String region = region(user, regionCode);
		Map<String, Object> params = new HashMap<>();
		String scope = RegionScope.jpql("i.region", "scope", region, params);
		TypedQuery<Long> count = entities.createQuery("select count(i) from Intervention i where i.type = :type"
				+ " and i.status = :status and " + scope, Long.class);
		params.forEach(count::setParameter);
		return count.setParameter("type", InterventionType.TEMPORARY_GUARDIANSHIP)
				.setParameter("status", InterventionStatus.ACTIVE)
				.getSingleResult();
	}

	/**
	 * The active temporary guardianships of children in {@code regionCode} (the caller's jurisdiction when null), the
	 * longest running first, at most {@value #LIST_LIMIT}, with the children's names: for the dashboard's list.
	 * Callers that work with child files (403 otherwise); 400/404 on {@code regionCode} as
	 * {@link #activeTemporaryGuardianships}.
	 */
	@Transactional(readOnly = true)
	public List<ActiveTemporaryGuardianship> activeTemporaryGuardianshipList(String regionCode) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		String region = region(user, regionCode);
		Map<String, Object> params = new HashMap<>();
		String scope = RegionScope.jpql("i.region", "scope", region, params);
		TypedQuery<Intervention> query = entities.createQuery("select i from Intervention i where i.type = :type"
				+ " and i.status = :status and " + scope + " order by i.startedOn, i.id", Intervention.class);
		params.forEach(query::setParameter);
		List<Intervention> rows = query.setParameter("type", InterventionType.TEMPORARY_GUARDIANSHIP)
				.setParameter("status", InterventionStatus.ACTIVE)
				.setMaxResults(LIST_LIMIT)
				.getResultList();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, ChildSummary> names = children.summaries(rows.stream().map(Intervention::getChildId).toList());
		audit.record(AuditAction.VIEW, INTERVENTION, null, AuditOutcome.SUCCESS,
				messages.get("protection.intervention.audit.activeList", rows.size()));
		return rows.stream().filter(i -> names.containsKey(i.getChildId())).map(i -> {
			ChildSummary c = names.get(i.getChildId());
			return new ActiveTemporaryGuardianship(i.getId(), c.id(), c.name(), c.villageCode(), c.villageName(),
					i.getStartedOn(), i.getBasis(), i.getBasis().label(), i.getPlacement(), i.getPlacement().label(),
					i.getActingUnit());
		}).toList();
	}

	private String region(CurrentUser user, String regionCode) {
		String region = regionCode == null || regionCode.isBlank() ? user.jurisdiction() : regionCode.trim();
		if (RegionLevel.ofCode(region) == null) {
			throw new InvalidInputException("regionCode", messages.get("common.regionCode.invalid"));
		}
		if (!user.covers(region)) {
			throw new NotFoundException(messages.get("protection.intervention.regionNotFound"));
		}
		return region;
	}

	/** Inserts now, so that a lost race for the one active temporary guardianship is the same 409. */
	private Intervention insert(Intervention intervention) {
		try {
			return interventions.saveAndFlush(intervention);
		}
		catch (DataIntegrityViolationException e) {
			if (uniqueViolation(e)) {
				throw new NotAllowedNowException("protection.intervention.activeExists");
			}
			throw e;
		}
	}

	private static boolean uniqueViolation(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** Checked text of a field: null when blank; problems for required, length and characters. */
	private String text(List<FieldProblem> problems, String field, String value, boolean required, int limit,
			boolean longText) {
		String text = TextCheck.normalize(value);
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem(field, messages.get("common.required")));
			}
			return null;
		}
		if (text.length() > limit) {
			problems.add(new FieldProblem(field, messages.get("common.tooLong", limit)));
		}
		else if (!(longText ? TextCheck.isLongText(text) : TextCheck.isShortText(text))) {
			problems.add(new FieldProblem(field, messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		return text;
	}
}
