package org.shouhu.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.care.ChildLookup.CaredChild;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.TextCheck;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk assessments of children (风险评估), scored by the {@link AssessmentForm}.
 * <p>
 * Callers must work with child files (else 403); a child outside the caller's jurisdiction is 404 like an unknown
 * one. Recording: an exited child → 409; bad input (missing or future date, an item unanswered or answered with an
 * unknown option, an unknown item, a lowered level, a raised level without reason) → 400 naming every field
 * ({@code assessedOn}, {@code answers.safety1}, {@code overrideLevel}, {@code overrideReason}), nothing stored. A
 * recorded assessment is audited (CREATE, subject {@value #SUBJECT}) and published as {@link AssessmentRecorded}; one
 * that {@linkplain #opensProblem opens a problem} opens it in the same transaction, like a serious visit.
 * Reads that return answers are audited as VIEW.
 */
@Service
@Transactional
public class Assessments {

	/** Audit subject type of assessments. */
	public static final String SUBJECT = "ASSESSMENT";

	/** At most this many answers in a body (the form has fewer items; a longer map is refused as a whole). */
	static final int MAX_ANSWERS = 100;

	/** Red flag: the child suffers or is suspected to suffer violence. */
	static final String VIOLENCE_FLAG = "safety1";
	/** Red flag: nobody cares for the child. */
	static final String NO_CARE_FLAG = "guardianship1";

	private final AssessmentRepository assessments;
	private final CareProblemRepository problems;
	private final CareSchedules schedules;
	private final ChildLookup children;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Callers callers;
	private final Messages messages;
	private final Clock clock;

	Assessments(AssessmentRepository assessments, CareProblemRepository problems, CareSchedules schedules,
			ChildLookup children, AuditTrail audit, ApplicationEventPublisher events, Callers callers,
			Messages messages, Clock clock) {
		this.assessments = assessments;
		this.problems = problems;
		this.schedules = schedules;
		this.children = children;
		this.audit = audit;
		this.events = events;
		this.callers = callers;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Records an assessment of the caller's child {@code childId}; returns it with its level and, when it opened a
	 * problem ({@link #opensProblem}), the problem's id.
	 */
	public AssessmentView record(long childId, NewAssessment input) {
		CurrentUser user = caller();
		CaredChild child = children.find(childId);
		if (!child.active()) {
			throw new NotAllowedNowException("assessment.exited");
		}
		Map<String, String> answers = validate(input);
		Assessment assessment = assessments.saveAndFlush(new Assessment(childId, input.assessedOn(), answers,
				input.overrideLevel(), input.overrideReason(), user.actorName(), clock.instant()));
		Long problemId = null;
		if (opensProblem(assessment.getRiskLevel(), assessment.getRedFlags())) {
			problemId = problems.save(new CareProblem(assessment, problemDescription(assessment.getRedFlags())))
				.getId();
			schedules.forUpdate(childId).problemOpened();
		}
		audit.record(AuditAction.CREATE, SUBJECT, assessment.getId(), AuditOutcome.SUCCESS,
				"child=" + childId + " level=" + assessment.getRiskLevel());
		events.publishEvent(new AssessmentRecorded(assessment.getId(), childId, assessment.getRiskLevel(),
				assessment.getAssessedOn(), answers, AssessmentForm.score(answers).redFlags()));
		return view(assessment, problemId);
	}

	/** The child's assessments, newest first (by date, then by recording order); audited as VIEW of the child. */
	@Transactional(readOnly = true)
	public List<AssessmentView> history(long childId) {
		caller();
		children.find(childId);
		Map<Long, Long> problemByAssessment = new HashMap<>();
		problems.findByChild(childId).stream()
			.filter(p -> p.getAssessmentId() != null)
			.forEach(p -> problemByAssessment.putIfAbsent(p.getAssessmentId(), p.getId()));
		List<AssessmentView> views = assessments
			.findByChildIdOrderByAssessedOnDescIdDesc(childId, PageRequest.of(0, 500))
			.stream()
			.map(a -> view(a, problemByAssessment.get(a.getId())))
			.toList();
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, childId, AuditOutcome.SUCCESS, messages.get("assessment.audit.history"));
		return views;
	}

	/** One assessment of the child; unknown, of another child or outside the jurisdiction → 404. Audited as VIEW. */
	@Transactional(readOnly = true)
	public AssessmentView find(long childId, long assessmentId) {
		caller();
		children.find(childId);
		Assessment assessment = assessments.findByIdAndChildId(assessmentId, childId)
			.orElseThrow(() -> new NotFoundException(messages.get("assessment.notFound")));
		audit.record(AuditAction.VIEW, SUBJECT, assessmentId, AuditOutcome.SUCCESS, "child=" + childId);
		return viewWithProblem(assessment);
	}

	/**
	 * What the child file page shows: the latest assessment (or none) and how many there are. No answers are shown,
	 * so this read is not audited (the file page itself is).
	 */
	@Transactional(readOnly = true)
	public AssessmentSummary summary(long childId) {
		caller();
		CaredChild child = children.find(childId);
		AssessmentView latest = assessments.findByChildIdOrderByAssessedOnDescIdDesc(childId, PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map(this::viewWithProblem)
			.orElse(null);
		return new AssessmentSummary(childId, child.name(), child.active(), latest, assessments.countByChildId(childId));
	}

	/** The answers as entered, once every problem has been checked; 400 with all problems otherwise. */
	private Map<String, String> validate(NewAssessment input) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		if (input.assessedOn() == null) {
			problems.add(new FieldProblem("assessedOn", messages.get("common.required")));
		}
		else if (input.assessedOn().isAfter(today)) {
			problems.add(new FieldProblem("assessedOn", messages.get("common.futureDate")));
		}
		Map<String, String> given = input.answers() == null ? Map.of() : input.answers();
		if (given.size() > MAX_ANSWERS) {
			problems.add(new FieldProblem("answers", messages.get("common.tooMany", MAX_ANSWERS)));
			throw new InvalidInputException(problems);
		}
		Map<String, String> answers = new LinkedHashMap<>();
		for (AssessmentItem item : AssessmentForm.items()) {
			String value = given.get(item.code());
			String code = value == null ? null : value.trim();
			if (code == null || code.isEmpty()) {
				problems.add(new FieldProblem("answers." + item.code(), messages.get("assessment.answer.required")));
			}
			else if (item.option(code).isEmpty()) {
				problems.add(new FieldProblem("answers." + item.code(), messages.get("assessment.answer.invalid")));
			}
			else {
				answers.put(item.code(), code);
			}
		}
		given.keySet().stream()
			.filter(code -> AssessmentForm.item(code).isEmpty())
			.sorted()
			.forEach(code -> problems.add(new FieldProblem("answers." + code, messages.get("assessment.answer.unknownItem"))));
		String reason = TextCheck.normalize(input.overrideReason());
		if (reason != null && reason.length() > 500) {
			problems.add(new FieldProblem("overrideReason", messages.get("common.tooLong", 500)));
		}
		else if (!TextCheck.isLongText(reason)) {
			problems.add(new FieldProblem("overrideReason", messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		if (input.overrideLevel() == null && reason != null) {
			problems.add(new FieldProblem("overrideLevel", messages.get("assessment.override.missing")));
		}
		if (input.overrideLevel() != null && answers.size() == AssessmentForm.items().size()) {
			RiskLevel computed = AssessmentForm.score(answers).level();
			if (input.overrideLevel().compareTo(computed) < 0) {
				problems.add(new FieldProblem("overrideLevel", messages.get("assessment.override.lower", computed.label())));
			}
			else if (input.overrideLevel().compareTo(computed) > 0 && reason == null) {
				problems.add(new FieldProblem("overrideReason", messages.get("assessment.override.reason")));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return answers;
	}

	/**
	 * Whether an assessment opens a care problem, as a serious visit does: it is {@link RiskLevel#HIGH} and one of
	 * its red flags is violence ({@value #VIOLENCE_FLAG}) or nobody caring for the child ({@value #NO_CARE_FLAG})
	 * (issue 9, DOMAIN.md §6; the same red flags make a report suggestion in {@code protection.SuggestionRules}).
	 */
	static boolean opensProblem(RiskLevel level, List<String> redFlags) {
		return level == RiskLevel.HIGH && redFlags != null
				&& (redFlags.contains(VIOLENCE_FLAG) || redFlags.contains(NO_CARE_FLAG));
	}

	/** 风险评估发现：the red-flag answers of the form, in the form's words, in the form's order. */
	private String problemDescription(List<String> redFlags) {
		List<String> labels = new ArrayList<>();
		for (AssessmentItem item : AssessmentForm.items()) {
			if (redFlags.contains(item.code())) {
				item.options().stream()
					.filter(AssessmentOption::redFlag)
					.findFirst()
					.ifPresent(option -> labels.add(option.label()));
			}
		}
		return messages.get("care.problem.fromAssessment",
				String.join(messages.get("care.problem.flagSeparator"), labels));
	}

	private AssessmentView viewWithProblem(Assessment a) {
		return view(a, problems.findByAssessmentId(a.getId()).map(CareProblem::getId).orElse(null));
	}

	static AssessmentView view(Assessment a, Long problemId) {
		Map<String, String> answers = new LinkedHashMap<>();
		Map<AssessmentArea, Integer> byArea = new EnumMap<>(AssessmentArea.class);
		Map<String, AssessmentAnswer> stored = new LinkedHashMap<>();
		a.getAnswers().forEach(answer -> stored.put(answer.getItemCode(), answer));
		for (AssessmentItem item : AssessmentForm.items()) {
			AssessmentAnswer answer = stored.remove(item.code());
			if (answer != null) {
				answers.put(item.code(), answer.getOptionCode());
				byArea.merge(item.area(), answer.getScore(), Integer::sum);
			}
		}
		// answers to items a later form version dropped keep their stored order
		stored.values().forEach(answer -> answers.put(answer.getItemCode(), answer.getOptionCode()));
		List<AreaScore> areas = new ArrayList<>();
		for (AssessmentArea area : AssessmentArea.values()) {
			areas.add(new AreaScore(area, area.label(), byArea.getOrDefault(area, 0), AssessmentForm.maxScore(area)));
		}
		return new AssessmentView(a.getId(), a.getChildId(), a.getAssessedOn(), a.getRiskLevel(),
				a.getRiskLevel().label(), a.getScore(), AssessmentForm.maxScore(), a.getComputedLevel(),
				a.getOverrideLevel(), a.getOverrideReason(), a.getRedFlags(), areas, answers, a.getFormVersion(),
				a.getAssessedBy(), a.getAssessedAt(), problemId);
	}

	private CurrentUser caller() {
		return callers.childFileWorker("assessment.forbidden");
	}

	/** The text of {@code assessment.<key>}. */
	private String message(String key, Object... args) {
		return messages.get("assessment." + key, args);
	}
}
