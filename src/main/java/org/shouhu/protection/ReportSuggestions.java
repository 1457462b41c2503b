package org.shouhu.protection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.care.AssessmentForm;
import org.shouhu.care.AssessmentOption;
import org.shouhu.care.AssessmentRecorded;
import org.shouhu.care.VisitRecorded;
import org.shouhu.child.ChildCareFacts;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.StaleVersionException;
import org.shouhu.common.TextCheck;
import org.shouhu.region.RegionScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report suggestions (issue 9 "From the visit to the report"): a visit that finds safety, psychology or guardianship
 * {@code SERIOUS}, or a high-risk assessment whose red flag is violence or nobody caring for the child, offers the
 * village director a mandatory report prefilled with the child, the situation ({@link SuggestionRules}) and the
 * finding. The suggestion is {@code OPEN} until a report is filed for the child ({@code FILED}, with the report) or
 * the director declines it with a reason ({@code DECLINED}); both are recorded with who and when.
 * <p>
 * Callers: roles that work with child files (else 403); a child or suggestion outside the caller's jurisdiction →
 * 404. Reading a child's suggestions is audited as a VIEW of the file; declining as an UPDATE (subject type
 * {@value #SUGGESTION}). Suggestions are made by synchronous listeners in the visit's or assessment's transaction
 * ({@link SuggestionListener}), so that the director's list has them at once and a failure rolls the visit back.
 */
@Service
@Transactional
public class ReportSuggestions {

	/** Audit subject type of suggestions. */
	public static final String SUGGESTION = "REPORT_SUGGESTION";

	/** At most this many items on a to-do list. */
	static final int TASK_LIMIT = 200;

	static final String FORBIDDEN = "protection.suggestion.forbidden";

	private final ReportSuggestionRepository suggestions;
	private final ChildManagement children;
	private final NamedParameterJdbcTemplate jdbc;
	private final AuditTrail audit;
	private final Clock clock;
	private final Messages messages;
	private final Callers callers;

	ReportSuggestions(ReportSuggestionRepository suggestions, ChildManagement children, NamedParameterJdbcTemplate jdbc,
			AuditTrail audit, Clock clock, Messages messages, Callers callers) {
		this.suggestions = suggestions;
		this.children = children;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
		this.callers = callers;
	}

	/** The child's suggestions, open ones first, then newest first. */
	@Transactional(readOnly = true)
	public List<ReportSuggestionView> forChild(long childId) {
		callers.childFileWorker(FORBIDDEN);
		children.summary(childId);
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, childId, AuditOutcome.SUCCESS,
				messages.get("protection.suggestion.audit.read"));
		return suggestions.findByChild(childId).stream().map(this::view).toList();
	}

	/**
	 * Declines an open suggestion with the reason (required, at most {@value ReportSuggestion#REASON_LIMIT}
	 * characters; 400 otherwise, nothing changed); not open → 409; outside the jurisdiction → 404. {@code version},
	 * when given, must be the suggestion's current version (else 409).
	 */
	public ReportSuggestionView decline(long id, String reason, Long version) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		ReportSuggestion suggestion = find(id);
		String text = TextCheck.normalize(reason);
		if (text == null) {
			throw new InvalidInputException("reason", messages.get("protection.suggestion.reason.required"));
		}
		if (text.length() > ReportSuggestion.REASON_LIMIT) {
			throw new InvalidInputException("reason", messages.get("common.tooLong", ReportSuggestion.REASON_LIMIT));
		}
		if (!TextCheck.isLongText(text)) {
			throw new InvalidInputException("reason", messages.get(TextCheck.INVALID_CHARACTERS));
		}
		if (version != null && version != suggestion.getVersion()) {
			throw new StaleVersionException(messages.get("protection.suggestion.stale"));
		}
		suggestion.decline(text, user.actorName(), clock.instant());
		suggestions.saveAndFlush(suggestion);
		audit.record(AuditAction.UPDATE, SUGGESTION, id, AuditOutcome.SUCCESS,
				messages.get("protection.suggestion.audit.declined", suggestion.getChildId()));
		return view(suggestion);
	}

	/** The child a suggestion is about; 404 when unknown or outside the caller's jurisdiction. */
	@Transactional(readOnly = true)
	public long childOf(long suggestionId) {
		callers.childFileWorker(FORBIDDEN);
		return find(suggestionId).getChildId();
	}

	/** The newest open suggestion of the child (for the one-tap button of the to-do list); 404 outside. */
	@Transactional(readOnly = true)
	public Optional<ReportSuggestionView> newestOpen(long childId) {
		callers.childFileWorker(FORBIDDEN);
		children.summary(childId);
		return suggestions.findByChild(childId).stream().filter(s -> s.getStatus() == SuggestionStatus.OPEN)
				.findFirst().map(this::view);
	}

	/** The open suggestions of the caller's jurisdiction, oldest first (bounded), for the to-do list. */
	@Transactional(readOnly = true)
	public List<SuggestionTask> openForCaller() {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		String jurisdiction = user.jurisdiction();
		List<Object[]> rows = jdbc.query("""
				select id, child_id, situation, description, created_at from report_suggestion
				where %s and status = 'OPEN'
				order by created_at, id
				fetch first %d rows only""".formatted(RegionScope.sql(jurisdiction, "scope"), TASK_LIMIT),
				new MapSqlParameterSource("scope", jurisdiction),
				(rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, java.time.OffsetDateTime.class).toInstant() });
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, ChildSummary> summaries = children.summaries(rows.stream().map(r -> (Long) r[1]).toList());
		List<SuggestionTask> tasks = new ArrayList<>();
		for (Object[] row : rows) {
			ChildSummary child = summaries.get((Long) row[1]);
			if (child != null) {
				tasks.add(new SuggestionTask((Long) row[0], child, (String) row[2], situationLabel((String) row[2]),
						(String) row[3], (Instant) row[4]));
			}
		}
		return tasks;
	}

	/** A to-do item's content: an open suggestion with the child's list line. */
	public record SuggestionTask(long suggestionId, ChildSummary child, String situation, String situationLabel,
			String description, Instant createdAt) {
	}

	/** A visit that found what must be reported: one suggestion per visit. Called in the visit's transaction. */
	void visitRecorded(VisitRecorded visit) {
		SuggestionRules.fromVisit(visit.findings()).ifPresent(suggested -> {
			if (suggestions.existsBySourceAndSourceId(SuggestionSource.VISIT, visit.visitId())) {
				return;
			}
			String areas = suggested.reasons().stream()
					.map(area -> messages.get("protection.suggestion.finding." + area))
					.collect(Collectors.joining("、"));
			String description = visit.problems() == null
					? messages.get("protection.suggestion.fromVisitNoText", visit.visitedOn(), areas)
					: messages.get("protection.suggestion.fromVisit", visit.visitedOn(), areas, visit.problems());
			suggestions.save(new ReportSuggestion(visit.childId(), visit.villageCode(), SuggestionSource.VISIT,
					visit.visitId(), suggested.situation(), description, clock.instant()));
		});
	}

	/** A high-risk assessment with a violence or no-care red flag: one suggestion per assessment. */
	void assessmentRecorded(AssessmentRecorded assessment) {
		SuggestionRules.fromAssessment(assessment.riskLevel(), assessment.redFlags()).ifPresent(suggested -> {
			if (suggestions.existsBySourceAndSourceId(SuggestionSource.ASSESSMENT, assessment.assessmentId())) {
				return;
			}
			ChildCareFacts facts = children.careFacts(assessment.childId());
			String flags = suggested.reasons().stream().map(ReportSuggestions::redFlagLabel)
					.collect(Collectors.joining("、"));
			suggestions.save(new ReportSuggestion(assessment.childId(), facts.villageCode(),
					SuggestionSource.ASSESSMENT, assessment.assessmentId(), suggested.situation(),
					messages.get("protection.suggestion.fromAssessment", assessment.assessedOn(), flags),
					clock.instant()));
		});
	}

	/** A report was filed for the child: every open suggestion of the child is done, linked to the report. */
	void reportFiled(ReportFiled report) {
		if (report.childId() == null) {
			return;
		}
		String actor = CurrentUser.find().map(CurrentUser::actorName).orElse(ChildManagement.SYSTEM);
		Instant now = clock.instant();
		for (ReportSuggestion suggestion : suggestions.findByChildIdAndStatus(report.childId(),
				SuggestionStatus.OPEN)) {
			suggestion.filed(report.reportId(), actor, now);
			suggestions.save(suggestion);
		}
	}

	private ReportSuggestion find(long id) {
		ReportSuggestion suggestion = suggestions.findById(id)
				.orElseThrow(() -> new NotFoundException(messages.get("protection.suggestion.notFound")));
		try {
			children.summary(suggestion.getChildId());
		}
		catch (NotFoundException outside) {
			throw new NotFoundException(messages.get("protection.suggestion.notFound"));
		}
		return suggestion;
	}

	private ReportSuggestionView view(ReportSuggestion suggestion) {
		return suggestion.view(situationLabel(suggestion.getSituation()));
	}

	String situationLabel(String situation) {
		return messages.get("protection.suggestion.situation." + situation);
	}

	private static String redFlagLabel(String itemCode) {
		return AssessmentForm.item(itemCode)
				.flatMap(item -> item.options().stream().filter(AssessmentOption::redFlag).findFirst())
				.map(AssessmentOption::label).orElse(itemCode);
	}
}
