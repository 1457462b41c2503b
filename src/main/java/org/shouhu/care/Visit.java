package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.shouhu.common.FieldProblem;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.TextCheck;

/**
 * A recorded visit (联系 or 入户走访). Built only from valid input: {@link #record} refuses (400, every problem at once)
 * a missing type, method, date or finding, a date in the future or before the child's birth, a home visit not made
 * in person, an empty "met with", texts over {@value #TEXT_LIMIT} characters, follow-up without problems, and a serious finding
 * in safety, psychology or guardianship without problems.
 * Recording is allowed for past dates (backfilling from paper records), also before the file was registered.
 */
@Entity
@Table(name = "visit")
class Visit {

	static final int TEXT_LIMIT = 1000;

	/** At most this many entries in {@code metWith} (each kind once; a longer list is refused). */
	static final int MAX_MET_WITH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "child_id", nullable = false)
	private long childId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private VisitType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private VisitMethod method;

	@Column(name = "visited_on", nullable = false)
	private LocalDate visitedOn;

	@Column(name = "met_with", nullable = false, length = 100)
	private String metWith;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Finding safety;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Finding health;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Finding schooling;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Finding psychology;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Finding guardianship;

	@Column(length = TEXT_LIMIT)
	private String problems;

	@Column(length = TEXT_LIMIT)
	private String actions;

	@Column(name = "follow_up_needed", nullable = false)
	private boolean followUpNeeded;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Visit() {
	}

	/**
	 * A valid visit of the child, or {@link InvalidInputException} with every field problem.
	 *
	 * @param today     the caller's today (a later date is refused)
	 * @param birthDate the child's birth date (an earlier date is refused)
	 */
	static Visit record(long childId, NewVisit input, LocalDate today, LocalDate birthDate, String recordedBy,
			Instant now, Messages messages) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input == null) {
			throw new InvalidInputException("type", messages.get("common.required"));
		}
		if (input.type() == null) {
			problems.add(new FieldProblem("type", messages.get("common.required")));
		}
		if (input.method() == null) {
			problems.add(new FieldProblem("method", messages.get("common.required")));
		}
		else if (input.type() == VisitType.HOME_VISIT && input.method() != VisitMethod.IN_PERSON) {
			problems.add(new FieldProblem("method", messages.get("care.method.homeVisit")));
		}
		if (input.visitedOn() == null) {
			problems.add(new FieldProblem("visitedOn", messages.get("common.required")));
		}
		else if (input.visitedOn().isAfter(today)) {
			problems.add(new FieldProblem("visitedOn", messages.get("common.futureDate")));
		}
		else if (birthDate != null && input.visitedOn().isBefore(birthDate)) {
			problems.add(new FieldProblem("visitedOn", messages.get("care.visitedOn.beforeBirth")));
		}
		if (input.metWith() == null || input.metWith().stream().noneMatch(Objects::nonNull)) {
			problems.add(new FieldProblem("metWith", messages.get("care.metWith.required")));
		}
		else if (input.metWith().size() > MAX_MET_WITH) {
			problems.add(new FieldProblem("metWith", messages.get("common.tooMany", MAX_MET_WITH)));
		}
		Findings findings = input.findings();
		if (findings == null) {
			problems.add(new FieldProblem("findings", messages.get("common.required")));
		}
		else {
			requireFinding(problems, "findings.safety", findings.safety(), messages);
			requireFinding(problems, "findings.health", findings.health(), messages);
			requireFinding(problems, "findings.schooling", findings.schooling(), messages);
			requireFinding(problems, "findings.psychology", findings.psychology(), messages);
			requireFinding(problems, "findings.guardianship", findings.guardianship(), messages);
		}
		String problemText = trimToNull(input.problems());
		String actionText = trimToNull(input.actions());
		if (problemText != null && problemText.length() > TEXT_LIMIT) {
			problems.add(new FieldProblem("problems", messages.get("common.tooLong", TEXT_LIMIT)));
		}
		else if (!TextCheck.isLongText(problemText)) {
			problems.add(new FieldProblem("problems", messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		if (actionText != null && actionText.length() > TEXT_LIMIT) {
			problems.add(new FieldProblem("actions", messages.get("common.tooLong", TEXT_LIMIT)));
		}
		else if (!TextCheck.isLongText(actionText)) {
			problems.add(new FieldProblem("actions", messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		if (findings != null && serious(findings) && problemText == null) {
			problems.add(new FieldProblem("problems", messages.get("care.problems.requiredForSerious")));
		}
		else if (input.followUpNeeded() && problemText == null) {
			problems.add(new FieldProblem("problems", messages.get("care.problems.requiredForFollowUp")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Visit visit = new Visit();
		visit.childId = childId;
		visit.type = input.type();
		visit.method = input.method();
		visit.visitedOn = input.visitedOn();
		Set<MetWith> met = input.metWith().stream().filter(Objects::nonNull)
				.collect(Collectors.toCollection(LinkedHashSet::new));
		visit.metWith = met.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		visit.safety = findings.safety();
		visit.health = findings.health();
		visit.schooling = findings.schooling();
		visit.psychology = findings.psychology();
		visit.guardianship = findings.guardianship();
		visit.problems = problemText;
		visit.actions = actionText;
		visit.followUpNeeded = input.followUpNeeded();
		visit.recordedBy = recordedBy;
		visit.recordedAt = now;
		return visit;
	}

	/**
	 * Whether the visit opens a problem on the file: problems found and follow-up needed, or a serious finding in
	 * safety, psychology or guardianship (issue 9 "From the visit to the report": such a visit must describe the
	 * problem, and the problem is tracked whether or not follow-up was ticked).
	 */
	boolean opensProblem() {
		return problems != null && (followUpNeeded || serious(findings()));
	}

	/**
	 * A finding that must be described and tracked, and may have to be reported (强制报告意见 第四条): safety,
	 * psychology or guardianship {@link Finding#SERIOUS}.
	 */
	static boolean serious(Findings findings) {
		return findings.safety() == Finding.SERIOUS || findings.psychology() == Finding.SERIOUS
				|| findings.guardianship() == Finding.SERIOUS;
	}

	String problemText() {
		return problems;
	}

	Findings findings() {
		return new Findings(safety, health, schooling, psychology, guardianship);
	}

	VisitView view(Long problemId) {
		List<MetWith> met = metWith == null || metWith.isBlank() ? List.of()
				: Arrays.stream(metWith.split(",")).map(MetWith::valueOf).toList();
		return new VisitView(id, childId, type, method, visitedOn, met, findings(), problems, actions, followUpNeeded,
				problemId, recordedBy, recordedAt);
	}

	private static void requireFinding(List<FieldProblem> problems, String field, Finding finding,
			Messages messages) {
		if (finding == null) {
			problems.add(new FieldProblem(field, messages.get("common.required")));
		}
	}

	private static String trimToNull(String text) {
		return TextCheck.normalize(text);
	}

	Long getId() {
		return id;
	}

	long getChildId() {
		return childId;
	}

	VisitType getType() {
		return type;
	}

	LocalDate getVisitedOn() {
		return visitedOn;
	}

	String getProblems() {
		return problems;
	}
}
