package org.shouhu.care;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.child.ChildCareFacts;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.TextCheck;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits, each child's schedule and problems. Callers must work with child files (else 403); a child outside the
 * caller's jurisdiction is 404, like an unknown one. Bad input is 400 with every field problem, nothing stored.
 * <p>
 * Recording a visit is audited (CREATE, subject type {@value #VISIT}), resolving a problem too (UPDATE, subject type
 * {@value #PROBLEM}). Reading a file's visits, schedule or problems is not audited as a VIEW of the file: they show
 * no ID or phone numbers (the whole file, which does, is audited when opened).
 */
@Service
@Transactional
public class VisitManagement {

	/** Audit subject type of visits. */
	public static final String VISIT = "VISIT";
	/** Audit subject type of problems. */
	public static final String PROBLEM = "CARE_PROBLEM";

	/** Text of the refusal of a caller whose roles do not work with child files. */
	static final String FORBIDDEN = "care.forbidden";

	private final ChildManagement children;
	private final VisitRepository visits;
	private final CareProblemRepository problems;
	private final CareSchedules schedules;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Messages messages;
	private final Callers callers;

	VisitManagement(ChildManagement children, VisitRepository visits, CareProblemRepository problems,
			CareSchedules schedules, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			Messages messages, Callers callers) {
		this.children = children;
		this.visits = visits;
		this.problems = problems;
		this.schedules = schedules;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
		this.callers = callers;
	}

	/**
	 * Records a visit, updates the schedule, opens a problem when problems were found and follow-up is needed. The
	 * date may lie in the past (backfilling; the schedule counts from the latest visit by date) but not in the future
	 * nor before the child's birth; a home visit is made in person; at least one person met. A child who has left
	 * the registry (减员) → 409.
	 */
	public VisitView record(long childId, NewVisit visit) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		children.summary(childId);
		ChildCareFacts facts = children.careFacts(childId);
		if (!facts.active()) {
			throw new NotAllowedNowException("care.exited");
		}
		Instant now = clock.instant();
		Visit recorded = visits.save(Visit.record(childId, visit, LocalDate.now(clock), facts.birthDate(),
				user.actorName(), now, messages));
		CareSchedule schedule = schedules.forUpdate(childId);
		schedule.visitRecorded(recorded.getType(), recorded.getVisitedOn(), recorded.findings(),
				schedules.policy(schedule.getCountyCode()));
		Long problemId = null;
		if (recorded.opensProblem()) {
			problemId = problems.save(new CareProblem(recorded)).getId();
			schedule.problemOpened();
		}
		audit.record(AuditAction.CREATE, VISIT, recorded.getId(), AuditOutcome.SUCCESS, messages.get("care.audit.visitOf", childId));
		events.publishEvent(new VisitRecorded(recorded.getId(), childId, facts.villageCode(), recorded.getType(),
				recorded.getVisitedOn(), recorded.findings(), recorded.problemText()));
		return recorded.view(problemId);
	}

	/** The child's visits, newest first (by date, then by recording order). */
	@Transactional(readOnly = true)
	public List<VisitView> visits(long childId) {
		callers.childFileWorker(FORBIDDEN);
		children.summary(childId);
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, childId, AuditOutcome.SUCCESS,
				messages.get("care.audit.visitsRead"));
		Map<Long, Long> problemByVisit = problems.findByChild(childId).stream()
				.filter(p -> p.getVisitId() != null)
				.collect(Collectors.toMap(CareProblem::getVisitId, CareProblem::getId, (a, b) -> a));
		return visits.findByChildIdOrderByVisitedOnDescIdDesc(childId).stream()
				.map(v -> v.view(problemByVisit.get(v.getId())))
				.toList();
	}

	/**
	 * The child's schedule under the county's policy. {@code homeVisitDays} is the interval that applies (the close
	 * attention one when in close attention); {@code reasons} are the labels of the close-attention reasons only
	 * (the list tags 困境/单亲/心理 are on {@link CareLists}). An exited child is never overdue.
	 */
	@Transactional(readOnly = true)
	public VisitScheduleView schedule(long childId) {
		callers.childFileWorker(FORBIDDEN);
		children.summary(childId);
		CareSchedule row = schedules.current(childId);
		VisitPolicy policy = schedules.policy(row.getCountyCode());
		LocalDate today = LocalDate.now(clock);
		List<CloseAttentionReason> reasons = row.reasons().stream().filter(CloseAttentionReason::closeAttention)
				.toList();
		return new VisitScheduleView(policy.contactDays(), row.homeVisitDays(policy), row.getLastContactOn(),
				row.getLastHomeVisitOn(), row.getContactDueOn(), row.getHomeVisitDueOn(),
				row.isActive() && row.getContactDueOn().isBefore(today),
				row.isActive() && row.getHomeVisitDueOn().isBefore(today), row.isCloseAttention(),
				reasons.stream().map(CloseAttentionReason::label).toList(), reasons);
	}

	/** The child's problems, open ones first, then resolved, newest first. */
	@Transactional(readOnly = true)
	public List<ProblemView> problems(long childId) {
		callers.childFileWorker(FORBIDDEN);
		children.summary(childId);
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, childId, AuditOutcome.SUCCESS,
				messages.get("care.audit.problemsRead"));
		return problems.findByChild(childId).stream().map(CareProblem::view).toList();
	}

	/**
	 * Resolves an open problem with what was done (required, at most 1000 characters; 400 otherwise); a resolved one
	 * → 409; a problem of another child → 404.
	 */
	public ProblemView resolveProblem(long childId, long problemId, String resolution) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		ChildSummary child = children.summary(childId);
		CareProblem problem = problems.findByIdAndChildId(problemId, child.id())
				.orElseThrow(() -> new NotFoundException(messages.get("care.problem.notFound")));
		String text = TextCheck.normalize(resolution);
		if (text == null) {
			throw new InvalidInputException("resolution", messages.get("care.resolution.required"));
		}
		if (text.length() > Visit.TEXT_LIMIT) {
			throw new InvalidInputException("resolution", messages.get("common.tooLong", Visit.TEXT_LIMIT));
		}
		if (!TextCheck.isLongText(text)) {
			throw new InvalidInputException("resolution", messages.get(TextCheck.INVALID_CHARACTERS));
		}
		problem.resolve(text, user.actorName(), LocalDate.now(clock), clock.instant(),
				messages.get("care.problem.resolved"));
		problems.saveAndFlush(problem);
		schedules.forUpdate(childId).problemResolved();
		audit.record(AuditAction.UPDATE, PROBLEM, problemId, AuditOutcome.SUCCESS, messages.get("care.audit.visitOf", childId));
		return problem.view();
	}
}
