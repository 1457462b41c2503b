package org.shouhu.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.child.CaregiverFacts;
import org.shouhu.child.CaregiverFiles;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.TextCheck;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.RegionScope;
import org.shouhu.region.Regions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Caregiver cases (委托照护个案, DOMAIN.md §6, 未保法 Art 22, seed 004 item 5): opened by the system when a caregiver
 * fails the Art 22 checklist, a visit finds guardianship 严重 or an assessment judges the caregiver incapable (one open
 * case per child, kept by a unique index); the village's director (or the township's supervisor, county civil
 * affairs) records when and how the parents were told and closes the case with its outcome.
 * <p>
 * Callers: roles that work with child files, else 403; a case or child outside the caller's jurisdiction is 404. Bad
 * input is 400 naming the field, nothing changed; a closed case, a close before the parents were told or an outcome
 * the file does not bear out is 409; a stale {@code version} is 409. Reads of a child's cases are audited.
 */
@Service
@Transactional
public class CaregiverCases {

	/** Audit subject of a case. */
	static final String SUBJECT = "CAREGIVER_CASE";

	static final int HOW_LIMIT = 1000;
	static final int NOTE_LIMIT = 2000;

	private static final Logger log = LoggerFactory.getLogger(CaregiverCases.class);

	private final CaregiverCaseRepository cases;
	private final CaregiverFiles caregivers;
	private final ChildManagement children;
	private final EntityManager entities;
	private final Callers callers;
	private final AuditTrail audit;
	private final Messages messages;
	private final Clock clock;
	private final TransactionTemplate newTransaction;

	CaregiverCases(CaregiverCaseRepository cases, CaregiverFiles caregivers, ChildManagement children,
			EntityManager entities, Callers callers, AuditTrail audit, Messages messages, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.cases = cases;
		this.caregivers = caregivers;
		this.children = children;
		this.entities = entities;
		this.callers = callers;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactionManager);
		this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Opens a case for {@code reason} unless the child has one open or the trigger does not apply, in a transaction of
	 * its own: the listeners call this after the visit, assessment or file change committed. A failed checklist
	 * ({@link CaregiverCaseReason#CHECKLIST_FAILED}) applies when the file names a caregiver who fails
	 * {@link CaregiverRules} (the reasons become the detail); a visit or assessment applies to a left-behind child or
	 * a file naming a caregiver. Exited files get no case. Two triggers at once open one case: the loser of the unique
	 * index ({@code open_child_id}) finds the winner's case. No caller check (the system opens cases). The open case,
	 * new or not; empty when none applies.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<CaregiverCaseView> openIfNone(long childId, CaregiverCaseReason reason, String detail,
			Long sourceId) {
		try {
			return newTransaction.execute(status -> open(childId, reason, detail, sourceId));
		}
		catch (DataIntegrityViolationException e) {
			log.debug("caregiver case of child {} opened by a concurrent trigger", childId);
			return newTransaction.execute(status -> cases.findByOpenChildId(childId).map(CaregiverCase::view));
		}
	}

	private Optional<CaregiverCaseView> open(long childId, CaregiverCaseReason reason, String detail, Long sourceId) {
		CaregiverFacts facts = caregivers.facts(childId);
		if (!facts.active()) {
			return Optional.empty();
		}
		String why = detail;
		if (reason == CaregiverCaseReason.CHECKLIST_FAILED) {
			CaregiverRules.Result check = CaregiverRules.check(facts.checklist());
			if (!facts.caregiverNamed() || !check.failed()) {
				return Optional.empty();
			}
			why = String.join("；", check.reasons());
		}
		else if (!facts.caregiverNamed() && !facts.leftBehind()) {
			return Optional.empty();
		}
		Optional<CaregiverCase> existing = cases.findByOpenChildId(childId);
		if (existing.isPresent()) {
			return existing.map(CaregiverCase::view);
		}
		CaregiverCase opened = cases.saveAndFlush(new CaregiverCase(childId, facts.villageCode(), reason, why,
				sourceId, facts.caregiverDigest(), LocalDate.now(clock), clock.instant()));
		audit.record(ChildManagement.SYSTEM, AuditAction.CREATE, SUBJECT, opened.getId(), AuditOutcome.SUCCESS,
				messages.get("protection.caregiver.audit.opened", childId, reason.label()));
		return Optional.of(opened.view());
	}

	/**
	 * The child's file exited (减员): its open case ends as {@link CaregiverCaseOutcome#CHILD_EXITED}, so that it
	 * leaves the to-do lists and the open count. No caller check (the system closes it after the exit committed).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void childExited(long childId, String reasonLabel) {
		cases.findByOpenChildId(childId).ifPresent(c -> {
			c.closeOnExit(messages.get("protection.caregiver.exitNote", reasonLabel), LocalDate.now(clock),
					clock.instant(), ChildManagement.SYSTEM);
			cases.saveAndFlush(c);
			audit.record(ChildManagement.SYSTEM, AuditAction.UPDATE, SUBJECT, c.getId(), AuditOutcome.SUCCESS,
					messages.get("protection.caregiver.audit.closed", childId, CaregiverCaseOutcome.CHILD_EXITED.label()));
		});
	}

	/** The child's file moved to another village: its cases follow it. No caller check. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void childMoved(long childId) {
		String village = caregivers.facts(childId).villageCode();
		cases.findByChildIdOrderByOpenedOnDescIdDesc(childId).forEach(c -> c.movedTo(village));
	}

	/** The child's cases, newest first; the child must lie in the caller's jurisdiction (else 404). Audited. */
	@Transactional(readOnly = true)
	public List<CaregiverCaseView> casesOf(long childId) {
		caller();
		ChildSummary child = children.summary(childId);
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, child.id(), AuditOutcome.SUCCESS,
				messages.get("protection.caregiver.audit.viewed"));
		return cases.findByChildIdOrderByOpenedOnDescIdDesc(child.id()).stream().map(CaregiverCase::view).toList();
	}

	/**
	 * Records when ({@code notifiedOn}, not in the future, not before the case opened) and how ({@code how}) the
	 * parents were told to choose another caregiver or that the caregiver is being helped. 409 on a closed case.
	 */
	public CaregiverCaseView notifyParents(long caseId, LocalDate notifiedOn, String how, Long version) {
		CurrentUser user = caller();
		CaregiverCase c = scoped(caseId, user);
		String text = TextCheck.normalize(how);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		if (notifiedOn == null) {
			problems.add(new FieldProblem("notifiedOn", messages.get("protection.caregiver.notifiedOn.required")));
		}
		else if (notifiedOn.isAfter(today)) {
			problems.add(new FieldProblem("notifiedOn", messages.get("common.futureDate")));
		}
		else if (notifiedOn.isBefore(c.getOpenedOn().minusDays(30))) {
			problems.add(new FieldProblem("notifiedOn",
					messages.get("protection.caregiver.notifiedOn.tooEarly", c.getOpenedOn().toString())));
		}
		longText(problems, "how", text, HOW_LIMIT, true);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		checkVersion(c, version);
		c.parentsNotified(notifiedOn, text);
		cases.saveAndFlush(c);
		audit.record(AuditAction.UPDATE, SUBJECT, caseId, AuditOutcome.SUCCESS,
				messages.get("protection.caregiver.audit.notified", c.getChildId()));
		return c.view();
	}

	/**
	 * Closes the case with its outcome. 409 when it is closed, when the parents have not been told yet, for
	 * {@code NEW_CAREGIVER} unless the file names a caregiver other than the one the case opened with and the
	 * 《委托监护责任确认书》 is signed (and the new caregiver does not fail the checklist), for {@code CAREGIVER_IMPROVED}
	 * while the caregiver still fails it.
	 */
	public CaregiverCaseView close(long caseId, CaregiverCaseOutcome outcome, String note, Long version) {
		CurrentUser user = caller();
		CaregiverCase c = scoped(caseId, user);
		String text = TextCheck.normalize(note);
		List<FieldProblem> problems = new ArrayList<>();
		if (outcome == null) {
			problems.add(new FieldProblem("outcome", messages.get("protection.caregiver.outcome.required")));
		}
		else if (!outcome.chosenByUsers()) {
			problems.add(new FieldProblem("outcome", messages.get("protection.caregiver.outcome.invalid")));
		}
		longText(problems, "note", text, NOTE_LIMIT, false);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		checkVersion(c, version);
		c.requireOpen();
		CaregiverFacts facts = caregivers.facts(c.getChildId());
		CaregiverRules.Result check = CaregiverRules.check(facts.checklist());
		if (outcome == CaregiverCaseOutcome.NEW_CAREGIVER) {
			if (!facts.caregiverNamed() || facts.caregiverDigest().equals(c.getCaregiverDigest())) {
				throw new NotAllowedNowException("protection.caregiver.close.sameCaregiver");
			}
			if (facts.confirmationSignedOn() == null) {
				throw new NotAllowedNowException("protection.caregiver.close.notSigned");
			}
			if (check.failed()) {
				throw new NotAllowedNowException("protection.caregiver.close.newFails", String.join("；", check.reasons()));
			}
		}
		if (outcome == CaregiverCaseOutcome.CAREGIVER_IMPROVED && check.failed()) {
			throw new NotAllowedNowException("protection.caregiver.close.stillFails", String.join("；", check.reasons()));
		}
		c.close(outcome, text, LocalDate.now(clock), clock.instant(), user.actorName());
		cases.saveAndFlush(c);
		audit.record(AuditAction.UPDATE, SUBJECT, caseId, AuditOutcome.SUCCESS,
				messages.get("protection.caregiver.audit.closed", c.getChildId(), outcome.label()));
		return c.view();
	}

	/**
	 * How many cases are open in {@code regionCode} (a division code or {@code CN}), counted in the database through
	 * the region column's index: for the county protection dashboard. No caller check (the dashboard checks its
	 * caller and passes a region inside the caller's jurisdiction).
	 */
	@Transactional(readOnly = true)
	public long openCases(String regionCode) {
		if (!Regions.COUNTRY.equals(regionCode) && RegionLevel.ofCode(regionCode) == null) {
			return 0;
		}
		Map<String, Object> params = new HashMap<>();
		TypedQuery<Long> count = entities.createQuery("select count(c) from CaregiverCase c where c.status = :open and "
				+ RegionScope.jpql("c.region", "scope", regionCode, params), Long.class);
		params.forEach(count::setParameter);
		return count.setParameter("open", CaregiverCaseStatus.OPEN).getSingleResult();
	}

	/**
	 * The open cases of the caller's jurisdiction, oldest first, at most {@code limit} (the to-do list; through the
	 * region indexes of V13). No role check beyond the jurisdiction.
	 */
	@Transactional(readOnly = true)
	public List<CaregiverCaseView> openCasesFor(CurrentUser caller, int limit) {
		Map<String, Object> params = new HashMap<>();
		TypedQuery<CaregiverCase> query = entities.createQuery("select c from CaregiverCase c where c.status = :open and "
				+ RegionScope.jpql("c.region", "scope", caller.jurisdiction(), params) + " order by c.openedOn, c.id",
				CaregiverCase.class);
		params.forEach(query::setParameter);
		return query.setParameter("open", CaregiverCaseStatus.OPEN).setMaxResults(limit).getResultList().stream()
			.map(CaregiverCase::view)
			.toList();
	}

	private CaregiverCase scoped(long caseId, CurrentUser user) {
		Map<String, Object> params = new HashMap<>();
		TypedQuery<CaregiverCase> query = entities.createQuery("select c from CaregiverCase c where c.id = :id and "
				+ RegionScope.jpql("c.region", "scope", user.jurisdiction(), params), CaregiverCase.class);
		params.forEach(query::setParameter);
		return query.setParameter("id", caseId).getResultStream().findFirst().orElseThrow(() -> {
			audit.record(AuditAction.VIEW, SUBJECT, caseId, AuditOutcome.DENIED,
					messages.get("protection.caregiver.audit.denied"));
			return new NotFoundException(messages.get("protection.caregiver.notFound"));
		});
	}

	private void checkVersion(CaregiverCase c, Long version) {
		if (version != null && version != c.getVersion()) {
			throw new org.shouhu.common.StaleVersionException(messages.get("protection.caregiver.stale"));
		}
	}

	private void longText(List<FieldProblem> problems, String field, String text, int limit, boolean required) {
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem(field, messages.get("protection.caregiver." + field + ".required")));
			}
		}
		else if (text.length() > limit) {
			problems.add(new FieldProblem(field, messages.get("common.tooLong", limit)));
		}
		else if (!TextCheck.isLongText(text)) {
			problems.add(new FieldProblem(field, messages.get(TextCheck.INVALID_CHARACTERS)));
		}
	}

	private CurrentUser caller() {
		return callers.childFileWorker("protection.caregiver.forbidden");
	}
}
