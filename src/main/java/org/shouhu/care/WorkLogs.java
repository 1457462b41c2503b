package org.shouhu.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.TextCheck;
import org.shouhu.common.ListPage;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.Paging;
import org.shouhu.common.StaleVersionException;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.RegionScope;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work log of directors and supervisors (工作日志, seed 004 item 8: part of each file's record of work).
 * <p>
 * Writing: {@link Role#CHILD_DIRECTOR} and {@link Role#SUPERVISOR} only (else 403); an entry keeps the author's name
 * and jurisdiction. Reading: roles that work with child files see their own entries and those whose author's
 * jurisdiction lies inside theirs — a supervisor the township's directors, county staff the county's — newest first
 * (by day worked, then by writing order); others → 403. An entry not visible to the caller is 404. Editing: the
 * author only (else 403), within {@value #EDIT_DAYS} days of writing (else 409), with the version read (stale → 409).
 * Bad input → 400 with Chinese field messages ({@code workedOn}, {@code content}, {@code childIds[0]}), nothing
 * stored. Writes are audited (subject {@value #SUBJECT}).
 */
@Service
@Transactional
public class WorkLogs {

	/** Audit subject type of work log entries. */
	public static final String SUBJECT = "WORK_LOG";

	/** Days after writing during which the author may edit an entry. */
	public static final int EDIT_DAYS = 7;

	/** Longest content. */
	public static final int MAX_CONTENT = 2000;

	/** Most children one entry may name. */
	public static final int MAX_CHILDREN = 20;

	private final WorkLogRepository logs;
	private final EntityManager entities;
	private final ChildLookup children;
	private final Regions regions;
	private final AuditTrail audit;
	private final Callers callers;
	private final Messages messages;
	private final Clock clock;

	WorkLogs(WorkLogRepository logs, EntityManager entities, ChildLookup children, Regions regions, AuditTrail audit,
			Callers callers, Messages messages, Clock clock) {
		this.logs = logs;
		this.entities = entities;
		this.children = children;
		this.regions = regions;
		this.audit = audit;
		this.callers = callers;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether the caller may write work log entries (for pages: show the form or not). */
	@Transactional(readOnly = true)
	public boolean mayWrite() {
		return CurrentUser.find().map(WorkLogs::writer).orElse(false);
	}

	/** Writes an entry by the caller. */
	public WorkLogView record(NewWorkLog entry) {
		CurrentUser user = author();
		Input input = validate(entry.workedOn(), entry.content(), entry.childIds(), null, false);
		WorkLog log = logs.saveAndFlush(new WorkLog(input.workedOn(), input.content(), input.childIds(), user.id(),
				user.actorName(), user.jurisdiction(), clock.instant()));
		audit.record(AuditAction.CREATE, SUBJECT, log.getId(), AuditOutcome.SUCCESS, null);
		return view(log, user);
	}

	/**
	 * One page of the entries visible to the caller, newest first, optionally only those whose author's jurisdiction
	 * lies inside {@code regionCode} (a region outside the caller's jurisdiction gives an empty list, like the child
	 * list) and worked between {@code from} and {@code to} (inclusive). A code that is no region code, {@code from}
	 * after {@code to}, or paging that {@link Paging} refuses → 400.
	 */
	@Transactional(readOnly = true)
	public ListPage<WorkLogView> list(String regionCode, LocalDate from, LocalDate to, int page, int size) {
		CurrentUser user = reader();
		List<FieldProblem> problems = new ArrayList<>();
		String region = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
		if (region != null && RegionLevel.ofCode(region) == null) {
			problems.add(new FieldProblem("regionCode", messages.get("common.regionCode.invalid")));
		}
		if (from != null && to != null && from.isAfter(to)) {
			problems.add(new FieldProblem("to", messages.get("worklog.range")));
		}
		problems.addAll(Paging.problems(page, size));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Paging paging = Paging.of(page, size);
		Map<String, Object> params = new HashMap<>();
		StringBuilder jpql = new StringBuilder("select w from WorkLog w where (w.authorId = :me or ")
			.append(RegionScope.jpql("w.region", "scope", user.jurisdiction(), params))
			.append(")");
		params.put("me", user.id());
		if (region != null) {
			jpql.append(" and ").append(RegionScope.jpql("w.region", "region", region, params));
		}
		if (from != null) {
			jpql.append(" and w.workedOn >= :from");
			params.put("from", from);
		}
		if (to != null) {
			jpql.append(" and w.workedOn <= :to");
			params.put("to", to);
		}
		jpql.append(" order by w.workedOn desc, w.id desc");
		TypedQuery<WorkLog> query = entities.createQuery(jpql.toString(), WorkLog.class);
		params.forEach(query::setParameter);
		ListPage<WorkLog> shown = ListPage.of(query.setFirstResult(paging.offset())
			.setMaxResults(paging.limitPlusOne()).getResultList(), paging);
		Map<Long, String> names = children.names(shown.items().stream().flatMap(log -> log.getChildIds().stream())
			.collect(Collectors.toCollection(LinkedHashSet::new)));
		return shown.map(log -> view(log, user, names));
	}

	/** One entry visible to the caller (else 404). */
	@Transactional(readOnly = true)
	public WorkLogView find(long id) {
		CurrentUser user = reader();
		return view(visible(id, user), user);
	}

	/** The author edits an entry within {@value #EDIT_DAYS} days of writing it. */
	public WorkLogView edit(long id, WorkLogChange change) {
		CurrentUser user = reader();
		WorkLog log = visible(id, user);
		if (log.getAuthorId() != user.id()) {
			throw new ForbiddenException(messages.get("worklog.notAuthor"));
		}
		if (!log.editableBy(user.id(), LocalDate.now(clock), clock.getZone())) {
			throw new NotAllowedNowException("worklog.editWindow", EDIT_DAYS);
		}
		Input input = validate(change.workedOn(), change.content(), change.childIds(), change.version(), true);
		if (change.version() != log.getVersion()) {
			throw new StaleVersionException(messages.get("worklog.stale"));
		}
		log.edit(input.workedOn(), input.content(), input.childIds(), clock.instant());
		logs.saveAndFlush(log);
		audit.record(AuditAction.UPDATE, SUBJECT, id, AuditOutcome.SUCCESS, null);
		return view(log, user);
	}

	private WorkLog visible(long id, CurrentUser user) {
		Map<String, Object> params = new HashMap<>();
		String jpql = "select w from WorkLog w where w.id = :id and (w.authorId = :me or "
				+ RegionScope.jpql("w.region", "scope", user.jurisdiction(), params) + ")";
		params.put("id", id);
		params.put("me", user.id());
		TypedQuery<WorkLog> query = entities.createQuery(jpql, WorkLog.class);
		params.forEach(query::setParameter);
		return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException(messages.get("worklog.notFound")));
	}

	private Input validate(LocalDate workedOn, String rawContent, List<Long> childIds, Long version,
			boolean versionRequired) {
		List<FieldProblem> problems = new ArrayList<>();
		if (workedOn == null) {
			problems.add(new FieldProblem("workedOn", messages.get("common.required")));
		}
		else if (workedOn.isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("workedOn", messages.get("common.futureDate")));
		}
		String content = TextCheck.normalize(rawContent);
		if (content == null) {
			problems.add(new FieldProblem("content", messages.get("common.required")));
		}
		else if (content.length() > MAX_CONTENT) {
			problems.add(new FieldProblem("content", messages.get("common.tooLong", MAX_CONTENT)));
		}
		else if (!TextCheck.isLongText(content)) {
			problems.add(new FieldProblem("content", messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		if (versionRequired && version == null) {
			problems.add(new FieldProblem("version", messages.get("worklog.version.required")));
		}
		Set<Long> ids = new LinkedHashSet<>();
		List<Long> given = childIds == null ? List.of() : childIds;
		if (given.size() > MAX_CHILDREN) {
			problems.add(new FieldProblem("childIds", messages.get("worklog.childIds.tooMany", MAX_CHILDREN)));
		}
		else {
			for (int i = 0; i < given.size(); i++) {
				Long childId = given.get(i);
				if (childId == null || !children.exists(childId)) {
					problems.add(new FieldProblem("childIds[" + i + "]", messages.get("worklog.child.notFound")));
				}
				else {
					ids.add(childId);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Input(workedOn, content, ids);
	}

	private record Input(LocalDate workedOn, String content, Set<Long> childIds) {
	}

	private WorkLogView view(WorkLog log, CurrentUser user) {
		return view(log, user, children.names(log.getChildIds()));
	}

	private WorkLogView view(WorkLog log, CurrentUser user, Map<Long, String> names) {
		List<WorkLogView.LinkedChild> linked = log.getChildIds()
			.stream()
			.map(id -> new WorkLogView.LinkedChild(id, names.get(id)))
			.toList();
		return new WorkLogView(log.getId(), log.getWorkedOn(), log.getContent(), log.getAuthorName(),
				log.getRegionCode(), regions.name(log.getRegionCode()), linked, log.getVersion(), log.getCreatedAt(),
				log.getUpdatedAt(), log.editableBy(user.id(), LocalDate.now(clock), clock.getZone()));
	}

	private CurrentUser author() {
		return callers.holding("worklog.forbidden.write", Role.CHILD_DIRECTOR, Role.SUPERVISOR);
	}

	private CurrentUser reader() {
		return callers.childFileWorker("worklog.forbidden");
	}

	private static boolean writer(CurrentUser user) {
		return user.has(Role.CHILD_DIRECTOR) || user.has(Role.SUPERVISOR);
	}

	/** The text of {@code worklog.<key>}. */
	private String message(String key, Object... args) {
		return messages.get("worklog." + key, args);
	}
}
