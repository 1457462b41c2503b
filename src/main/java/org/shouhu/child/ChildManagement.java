package org.shouhu.child;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.child.rules.Art21Rules;
import org.shouhu.child.rules.ChildFacts;
import org.shouhu.child.rules.ClassificationRules;
import org.shouhu.child.rules.Situation;
import org.shouhu.common.ConflictException;
import org.shouhu.common.StaleVersionException;
import org.shouhu.common.CustomPlans;
import org.shouhu.common.FieldCipher;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.Masking;
import org.shouhu.common.Messages;
import org.shouhu.common.TextCheck;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.Paging;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The child registry (一人一档): register, read, update, exit (减员) files, list and search them, and keep their
 * categories current. Pages and the REST API both go through here.
 * <p>
 * Caller rules, enforced here through {@link Callers}: only users whose role {@linkplain CurrentUser#worksWithChildFiles()
 * works with child files} (儿童主任, 督导员, 民政) may call the user-facing methods, else {@link ForbiddenException} (403); every read
 * is restricted in the query to the caller's jurisdiction, and a file outside it is {@link NotFoundException} (404),
 * exactly like an unknown id. Bad input is {@link InvalidInputException} (400, every field problem at once, nothing
 * saved); a duplicate ID number ({@link DuplicateChildException}) or a stale version is {@link ConflictException} (409); a status change not allowed
 * now is {@link IllegalStateException} (409). Creates, updates, exits and every read of a whole file are audited.
 * Methods named {@code ...AsSystem} and {@link #reevaluateDue}, {@link #recordHarmByGuardian}, {@link #careFacts},
 * {@link #exitSuggestions} are for jobs, imports and other modules: they skip the caller check.
 * <p>
 * Every change of a file takes one path ({@code change}): snapshot, change, classify, save, history. The
 * {@link Child} aggregate registers the domain events as it changes (registered, updated, exited, categories changed,
 * reviewed) and the save publishes them; this service publishes none itself.
 */
@Service
@Transactional
public class ChildManagement {

	/** Actor of changes made by the system (daily re-evaluation). */
	public static final String SYSTEM = "系统";

	/** Files re-evaluated per transaction by {@link #reevaluateDue}. */
	static final int REVIEW_BATCH = 500;

	/** The unique index of the ID number's lookup hash (migration V5). */
	static final String ID_NUMBER_UNIQUE = "child_id_number_hash_uq";

	private static final TypeReference<List<ChildHistoryEntry.Change>> CHANGES = new TypeReference<>() {
	};

	private final ChildRepository files;
	private final ChildHistoryRepository histories;
	private final ScopedChildQueries queries;
	private final ChildFileValidator validator;
	private final ClassificationRules rules;
	private final FieldCipher cipher;
	private final Regions regions;
	private final AuditTrail audit;
	private final Callers callers;
	private final Clock clock;
	private final Messages messages;
	private final TransactionTemplate batchTransaction;
	private final TransactionTemplate writeTransaction;
	private final TransactionTemplate lookupTransaction;
	private final JsonMapper json = JsonMapper.builder().build();

	private final CustomPlans customPlans;

	ChildManagement(ChildRepository files, ChildHistoryRepository histories, ScopedChildQueries queries,
			ChildFileValidator validator, ClassificationRules rules, FieldCipher cipher, Regions regions,
			AuditTrail audit, Callers callers, Clock clock, Messages messages,
			PlatformTransactionManager transactionManager, CustomPlans customPlans) {
		this.files = files;
		this.customPlans = customPlans;
		this.histories = histories;
		this.queries = queries;
		this.validator = validator;
		this.rules = rules;
		this.cipher = cipher;
		this.regions = regions;
		this.audit = audit;
		this.callers = callers;
		this.clock = clock;
		this.messages = messages;
		this.batchTransaction = new TransactionTemplate(transactionManager);
		this.writeTransaction = new TransactionTemplate(transactionManager);
		this.lookupTransaction = new TransactionTemplate(transactionManager);
		this.lookupTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.lookupTransaction.setReadOnly(true);
	}

	/** An empty file with the usual defaults (hukou registered, rural) for a new-file form; checks the caller's role. */
	@Transactional(readOnly = true)
	public ChildFile blankFile() {
		caller();
		return new ChildFile(null, null, null, null, "汉族", true, HukouType.RURAL, null, null, null, null, null, null,
				null, null, null, false, List.of(), List.of(), null, null);
	}

	/**
	 * Registers a new file for the current user. The village must lie inside the caller's jurisdiction (else 400 on
	 * {@code villageCode}: it is input). A file with the same ID number anywhere in the country → 409 naming the
	 * township and county where it lives.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ChildView register(ChildFile file) {
		return uniqueIdNumber(file, () -> {
			CurrentUser user = caller();
			return create(file, user.jurisdiction(), user.actorName(), null);
		});
	}

	/**
	 * Registers a file without a caller check and without the jurisdiction check, for imports and the demo-data
	 * generator; {@code actorName} appears in the history and audit trail. Same validation and duplicate check as
	 * {@link #register}.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ChildView registerAsSystem(ChildFile file, String actorName) {
		return uniqueIdNumber(file, () -> create(file, Regions.COUNTRY, actorName, actorName));
	}

	/** The whole file (full ID and phone numbers); the read is audited as VIEW. Out of jurisdiction → 404. */
	@Transactional(readOnly = true)
	public ChildView find(long id) {
		CurrentUser user = caller();
		Child child = scoped(id, user);
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, id, AuditOutcome.SUCCESS, null);
		return view(child, today());
	}

	/**
	 * Replaces the file's content; {@code file.version()} must be the version read (else 409). Categories are
	 * recomputed; changes are recorded in the history.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ChildView update(long id, ChildFile raw) {
		return uniqueIdNumber(raw, () -> replace(id, raw));
	}

	private ChildView replace(long id, ChildFile raw) {
		CurrentUser user = caller();
		Child child = scoped(id, user);
		ChildFile file = ChildFileValidator.normalize(raw);
		List<FieldProblem> problems = new ArrayList<>(validator.validate(file));
		if (file.version() == null) {
			problems.add(new FieldProblem("version", messages.get("child.version.required")));
		}
		checkJurisdiction(file, user.jurisdiction(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (file.version() != child.getVersion()) {
			throw new StaleVersionException(messages.get("child.stale"));
		}
		String hash = cipher.lookupHash(file.idNumber());
		files.findByIdNumberHash(hash == null ? "" : hash)
				.filter(other -> !other.getId().equals(child.getId()))
				.ifPresent(this::duplicate);
		Instant now = clock.instant();
		LocalDate today = today();
		change(child, today, user.actorName(), true, c -> c.apply(file, NameKeys.of(file.name()), hash, now));
		audit.record(AuditAction.UPDATE, AuditTrail.CHILD, id, AuditOutcome.SUCCESS, null);
		return view(child, today);
	}

	/**
	 * 减员: the child leaves the registry. {@code date} not in the future nor before birth; already exited → 409.
	 */
	public ChildView exit(long id, ExitReason reason, LocalDate date, String note) {
		CurrentUser user = caller();
		Child child = scoped(id, user);
		List<FieldProblem> problems = new ArrayList<>();
		String text = TextCheck.normalize(note);
		if (reason == null) {
			problems.add(new FieldProblem("reason", messages.get("common.required")));
		}
		if (date == null) {
			problems.add(new FieldProblem("date", messages.get("common.required")));
		}
		else if (date.isAfter(today())) {
			problems.add(new FieldProblem("date", messages.get("common.futureDate")));
		}
		else if (date.isBefore(child.getBirthDate())) {
			problems.add(new FieldProblem("date", messages.get("child.exit.beforeBirth")));
		}
		if (text != null && text.length() > 500) {
			problems.add(new FieldProblem("note", messages.get("common.tooLong", 500)));
		}
		else if (!TextCheck.isLongText(text)) {
			problems.add(new FieldProblem("note", messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = clock.instant();
		change(child, today(), user.actorName(), true, c -> c.exit(reason, date, text, now));
		audit.record(AuditAction.EXIT, AuditTrail.CHILD, id, AuditOutcome.SUCCESS, reason.name());
		return view(child, today());
	}

	/** Undoes an exit made in error; an active file → 409. Categories are recomputed. */
	public ChildView reactivate(long id) {
		CurrentUser user = caller();
		Child child = scoped(id, user);
		Instant now = clock.instant();
		LocalDate today = today();
		change(child, today, user.actorName(), true, c -> c.reactivate(now));
		audit.record(AuditAction.UPDATE, AuditTrail.CHILD, id, AuditOutcome.SUCCESS, "reactivate");
		return view(child, today);
	}

	/**
	 * 保留在册: an active file that holds no category any more stays in the registry for {@code reason} (required, at
	 * most 500 characters; else 400 on {@code reason}), recorded in the history; its exit suggestion ends until the
	 * file holds and loses a category again. A file that is not suggested for exit (it holds a category, was kept
	 * already, or has exited) → 409.
	 */
	public ChildView keep(long id, String reason) {
		CurrentUser user = caller();
		Child child = scoped(id, user);
		String text = TextCheck.normalize(reason);
		if (text == null) {
			throw new InvalidInputException("reason", messages.get("common.required"));
		}
		if (text.length() > 500) {
			throw new InvalidInputException("reason", messages.get("common.tooLong", 500));
		}
		if (!TextCheck.isLongText(text)) {
			throw new InvalidInputException("reason", messages.get(TextCheck.INVALID_CHARACTERS));
		}
		Instant now = clock.instant();
		LocalDate today = today();
		change(child, today, user.actorName(), true, c -> c.keep(text, now, user.actorName()));
		audit.record(AuditAction.UPDATE, AuditTrail.CHILD, id, AuditOutcome.SUCCESS, "keep");
		return view(child, today);
	}

	/**
	 * Of {@code childIds}, the active files that hold no category any more and were not kept with a reason, with why
	 * their categories ended: for other modules' items about these files (a visit still due for a child no longer
	 * served says why). No caller check: pass ids read from a query scoped to the caller. One query per thousand ids.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ExitSuggestion> exitSuggestions(Collection<Long> childIds) {
		Map<Long, ExitSuggestion> result = new HashMap<>();
		List<Long> all = childIds.stream().distinct().toList();
		for (int from = 0; from < all.size(); from += 1000) {
			queries.findExitSuggested(all.subList(from, Math.min(all.size(), from + 1000)))
				.forEach(row -> result.put(row.id(), suggestion(row)));
		}
		return result;
	}

	/**
	 * The files of the caller's jurisdiction suggested for exit, the longest suggested first, at most {@code limit}:
	 * the child module's to-do items. No role check beyond the jurisdiction (the contributor decides whom it serves).
	 */
	@Transactional(readOnly = true)
	public List<ExitSuggestedFile> exitSuggestedFiles(CurrentUser caller, int limit) {
		return queries.findExitSuggestedIn(caller.jurisdiction(), limit).stream()
			.map(row -> new ExitSuggestedFile(suggestion(row), row.name(), row.villageCode(),
					regions.name(row.villageCode())))
			.toList();
	}

	private ExitSuggestion suggestion(ScopedChildQueries.ExitSuggestedColumns row) {
		return new ExitSuggestion(row.id(), row.since(), row.reason(), row.reason().label(),
				messages.get("child.careNote.exitSuggested", row.since().toString(), row.reason().label()));
	}

	/**
	 * One page of files in the caller's jurisdiction matching the query, newest file first ({@code id} descending);
	 * ID numbers masked. Paging checked by {@link Paging}. The page's {@code total} counts all matching files up to
	 * {@link ListPage#COUNT_CAP} ({@code totalCapped} when more match).
	 */
	@Transactional(readOnly = true)
	public ListPage<ChildSummary> list(ChildQuery query, int page, int size) {
		CurrentUser user = caller();
		List<FieldProblem> problems = new ArrayList<>(Paging.problems(page, size));
		String village = blankToNull(query.villageCode());
		String region = blankToNull(query.regionCode());
		String q = blankToNull(query.q());
		if (village != null && RegionLevel.ofCode(village) != RegionLevel.VILLAGE) {
			problems.add(new FieldProblem("villageCode", messages.get("child.villageCode.invalid")));
		}
		if (region != null && RegionLevel.ofCode(region) == null) {
			problems.add(new FieldProblem("regionCode", messages.get("common.regionCode.invalid")));
		}
		if (q != null && q.length() > 50) {
			problems.add(new FieldProblem("q", messages.get("child.q.tooLong")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Paging paging = Paging.of(page, size);
		String idHash = q == null ? null : IdNumber.parse(q).map(id -> cipher.lookupHash(id.value())).orElse(null);
		ChildQuery normalized = new ChildQuery(village, region, query.category(), query.status(), q);
		List<Child> rows = queries.list(user.jurisdiction(), normalized, idHash, page, size);
		long total = queries.count(user.jurisdiction(), normalized, idHash, ListPage.COUNT_CAP);
		if (idHash != null) {
			auditIdNumberSearch(rows, total);
		}
		LocalDate today = today();
		return ListPage.counted(rows, paging, total).map(c -> summary(c, today));
	}

	/**
	 * A search by a full ID number tells whether that person has a file here: it is recorded as a read (the number
	 * itself is never written to the trail), naming the file when exactly one matched.
	 */
	private void auditIdNumberSearch(List<Child> rows, long total) {
		Long subject = total == 1 && rows.size() == 1 ? rows.get(0).getId() : null;
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, subject, AuditOutcome.SUCCESS,
				messages.get("child.audit.idSearch", String.valueOf(total)));
	}

	/** The file's changes, newest first (ID and phone numbers masked). Out of jurisdiction → 404. */
	@Transactional(readOnly = true)
	public List<ChildHistoryEntry> history(long id) {
		CurrentUser user = caller();
		Child child = scoped(id, user);
		audit.record(AuditAction.VIEW, AuditTrail.CHILD, id, AuditOutcome.SUCCESS,
				messages.get("child.audit.history"));
		return histories.findByChildIdOrderByAtDescIdDesc(child.getId(), PageRequest.of(0, 1000))
				.stream()
				.map(h -> new ChildHistoryEntry(h.getAt(), h.getActor(), json.readValue(h.getChanges(), CHANGES)))
				.toList();
	}

	/**
	 * The line of a list for one file in the caller's jurisdiction, for other modules that act on a file (visits,
	 * assessments) and need a scoped existence check without reading (and auditing) the whole file. Out of
	 * jurisdiction or unknown → 404 (the attempt is audited as DENIED, like {@link #find}).
	 */
	@Transactional(readOnly = true)
	public ChildSummary summary(long id) {
		CurrentUser user = caller();
		return summary(scoped(id, user), today());
	}

	/**
	 * The list lines of those of {@code ids} that lie in the caller's jurisdiction (others are left out), in two queries
	 * per thousand ids that read the listed columns, not the whole files; ID numbers masked. For other modules' lists
	 * (to-do items, close-attention lists).
	 */
	@Transactional(readOnly = true)
	public Map<Long, ChildSummary> summaries(Collection<Long> ids) {
		CurrentUser user = caller();
		Map<Long, ChildSummary> result = new HashMap<>();
		LocalDate today = today();
		List<Long> all = ids.stream().distinct().toList();
		for (int from = 0; from < all.size(); from += 1000) {
			queries.findSummaryColumns(all.subList(from, Math.min(all.size(), from + 1000)), user.jurisdiction())
					.forEach(c -> result.put(c.id(), new ChildSummary(c.id(), c.name(), c.gender(),
							Child.age(c.birthDate(), today), c.villageCode(), regions.name(c.villageCode()),
							Masking.idNumber(c.idNumber()), c.categories(), c.status(), c.temporaryGuardianship(),
							List.of())));
		}
		return result;
	}

	/**
	 * What the care module keeps a file's visit schedule from. No caller check (for other modules reacting to this
	 * module's events); unknown id → 404.
	 */
	@Transactional(readOnly = true)
	public ChildCareFacts careFacts(long childId) {
		return careFacts(childId, today());
	}

	/** {@link #careFacts(long)} as of {@code today} (the daily review's date). */
	@Transactional(readOnly = true)
	public ChildCareFacts careFacts(long childId, LocalDate today) {
		Child child = files.findById(childId).orElseThrow(() -> new NotFoundException(messages.get("child.notFound")));
		ChildFacts facts = child.facts();
		return new ChildCareFacts(child.getId(), child.getVillageCode(), child.getStatus(), child.getBirthDate(),
				LocalDate.ofInstant(child.getRegisteredAt(), clock.getZone()),
				facts.health() == HealthStatus.DISABLED, current(facts.father(), today),
				current(facts.mother(), today), child.categoryCodes());
	}

	private static Set<SituationType> current(List<Situation> situations, LocalDate today) {
		Set<SituationType> types = EnumSet.noneOf(SituationType.class);
		situations.stream()
				.filter(s -> s.until() == null || !s.until().isBefore(today)) // as the rules: held through `until`
				.forEach(s -> types.add(s.type()));
		return types;
	}

	/**
	 * Re-evaluates the categories of every active file whose review date has come by {@code date} (a birthday that
	 * ends a category, a duration condition met), {@value #REVIEW_BATCH} files per transaction, walking the indexed
	 * {@code next_review_on} column; never loads all files. Changes are recorded with actor {@value #SYSTEM}. Run
	 * daily by the scheduler; no caller check. Returns the number of files re-evaluated.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int reevaluateDue(LocalDate date) {
		int total = 0;
		while (true) {
			Integer done = batchTransaction.execute(status -> {
				List<Child> due = files.findDue(date, PageRequest.of(0, REVIEW_BATCH));
				for (Child child : due) {
					change(child, date, SYSTEM, false, c -> c.reviewed(date));
				}
				return due.size();
			});
			total += done;
			if (done < REVIEW_BATCH) {
				return total;
			}
		}
	}

	/**
	 * For the protection module: a concluded mandatory report confirmed harm by the guardian (or a correction
	 * withdrew it). Recomputes the categories (困境儿童 监护缺失或不当) and records the change by {@code actorName};
	 * no caller check. Unknown id → 404.
	 */
	public ChildView recordHarmByGuardian(long childId, boolean confirmed, String actorName) {
		return recordHarmByGuardian(childId, confirmed, null, actorName);
	}

	/**
	 * {@link #recordHarmByGuardian(long, boolean, String)} with the phrase that names the report in the category's
	 * basis ({@code basis}, e.g. 经强制报告（2026-12-01，疑似遭受家庭暴力、欺凌、虐待）查实遭受监护人侵害; null keeps the one
	 * recorded before, or the general phrase). No caller check. Unknown id → 404.
	 */
	public ChildView recordHarmByGuardian(long childId, boolean confirmed, String basis, String actorName) {
		Child child = files.findById(childId).orElseThrow(() -> new NotFoundException(messages.get("child.notFound")));
		Instant now = clock.instant();
		LocalDate today = today();
		change(child, today, actorName, true, c -> c.markHarmByGuardianConfirmed(confirmed, basis, now));
		return view(child, today);
	}

	/**
	 * The file's name, for other modules that keep it with their own records (a mandatory report names the child);
	 * no caller check, nothing audited (the caller checks the jurisdiction). Unknown id → 404.
	 */
	@Transactional(readOnly = true)
	public String nameOf(long childId) {
		return files.findById(childId).map(Child::getName)
				.orElseThrow(() -> new NotFoundException(messages.get("child.notFound")));
	}

	/**
	 * For the protection module: a temporary guardianship of the child started ({@code active}) or ended. Sets the
	 * file's mark 临时监护中 shown in lists and on the file (not file content: no history entry, the interventions
	 * are the record); no caller check (the protection service checked the caller and scope). Unknown id → 404.
	 */
	public void markTemporaryGuardianship(long childId, boolean active) {
		Child child = files.findById(childId).orElseThrow(() -> new NotFoundException(messages.get("child.notFound")));
		child.markTemporaryGuardianship(active);
		files.saveAndFlush(child);
	}

	private ChildView create(ChildFile raw, String jurisdiction, String actor, String systemActor) {
		ChildFile file = ChildFileValidator.normalize(raw);
		List<FieldProblem> problems = new ArrayList<>(validator.validate(file));
		checkJurisdiction(file, jurisdiction, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String hash = cipher.lookupHash(file.idNumber());
		if (hash != null) {
			files.findByIdNumberHash(hash).ifPresent(this::duplicate);
		}
		Instant now = clock.instant();
		LocalDate today = today();
		Child child = new Child(file, NameKeys.of(file.name()), hash, now, actor);
		change(child, today, actor, true, c -> {
		});
		if (systemActor == null) {
			audit.record(AuditAction.CREATE, AuditTrail.CHILD, child.getId(), AuditOutcome.SUCCESS, null);
		}
		else {
			audit.record(systemActor, AuditAction.CREATE, AuditTrail.CHILD, child.getId(), AuditOutcome.SUCCESS, null);
		}
		return view(child, today);
	}

	private void checkJurisdiction(ChildFile file, String jurisdiction, List<FieldProblem> problems) {
		if (file.villageCode() != null && regions.isVillage(file.villageCode())
				&& !Regions.within(jurisdiction, file.villageCode())) {
			problems.add(new FieldProblem("villageCode", messages.get("child.villageCode.outside")));
		}
	}


	/**
	 * Runs a write that may give a file an ID number in its own transaction. The check before the insert finds a file
	 * committed earlier; a concurrent write of the same number that committed first is found by the unique index
	 * ({@value #ID_NUMBER_UNIQUE}) at flush or commit, after which this transaction is aborted (PostgreSQL answers
	 * nothing more in it). So the winner is read after the rollback, in a new transaction, and the caller gets the
	 * same 409 as for a sequential duplicate. Joins a caller's transaction if there is one.
	 */
	private ChildView uniqueIdNumber(ChildFile file, Supplier<ChildView> write) {
		try {
			return writeTransaction.execute(status -> write.get());
		}
		catch (RuntimeException e) {
			if (!violatesIdNumberIndex(e) || file == null) {
				throw e;
			}
			String hash = cipher.lookupHash(ChildFileValidator.normalize(file).idNumber());
			Child existing = hash == null ? null
					: lookupTransaction.execute(status -> files.findByIdNumberHash(hash).orElse(null));
			if (existing == null) {
				throw e;
			}
			duplicate(existing);
			throw e;
		}
	}

	private static boolean violatesIdNumberIndex(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			String message = cause.getMessage();
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState()) && message != null
					&& message.toLowerCase(Locale.ROOT).contains(ID_NUMBER_UNIQUE)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * 409 naming where the existing file lives (township and county), never the child's data; carries the file's id
	 * only when it lies inside the caller's jurisdiction.
	 */
	private void duplicate(Child existing) {
		Long visible = CurrentUser.find()
				.filter(user -> user.worksWithChildFiles() && user.covers(existing.getVillageCode()))
				.map(user -> existing.getId())
				.orElse(null);
		throw new DuplicateChildException(messages.get("child.duplicate", regions.fullName(existing.getTownshipCode())), visible);
	}

	/**
	 * The one path of every change to a file: snapshot, the change itself, classification as of {@code on} (active
	 * files), the changed fields handed to the aggregate for its {@link ChildUpdated}, save (which publishes the events
	 * the aggregate registered: {@link ChildRegistered}, {@link ChildUpdated}, {@link ChildExited},
	 * {@link ChildCategoriesChanged}, {@link ChildReviewed}), and one history entry by {@code actor} when anything
	 * shown changed. {@code flush} for a user's change (a duplicate ID number surfaces here); the daily review leaves
	 * flushing to its batch.
	 */
	private List<ChildHistoryEntry.Change> change(Child child, LocalDate on, String actor,
			boolean flush, Consumer<Child> change) {
		return change(child, on, actor, flush, change, List.of());
	}

	/** {@link #change(Child, LocalDate, String, boolean, Consumer)} whose history entry also names {@code extra}. */
	private List<ChildHistoryEntry.Change> change(Child child, LocalDate on, String actor,
			boolean flush, Consumer<Child> change, List<ChildHistoryEntry.Change> extra) {
		FileSnapshot before = child.getId() == null ? FileSnapshot.empty() : FileSnapshot.of(child, regions, messages);
		change.accept(child);
		if (child.getStatus() == ChildStatus.ACTIVE) {
			classify(child, on);
		}
		List<ChildHistoryEntry.Change> changes = new ArrayList<>(FileSnapshot.of(child, regions, messages).changesSince(before));
		child.changed(changes.stream().map(ChildHistoryEntry.Change::field).toList());
		changes.addAll(extra);
		if (flush) {
			files.saveAndFlush(child); // a lost ID-number race surfaces here or at commit: uniqueIdNumber answers it
		}
		else {
			files.save(child);
		}
		if (!changes.isEmpty()) {
			histories.save(new ChildHistory(child.getId(), clock.instant(), actor, json.writeValueAsString(changes)));
		}
		return changes;
	}

	private void classify(Child child, LocalDate date) {
		ChildFacts facts = child.facts();
		child.assign(rules.classify(facts, date), nextReview(facts, date), date);
	}

	/** The next date the categories could change (from the rules); strictly after {@code date}, or {@code null}. */
	private LocalDate nextReview(ChildFacts facts, LocalDate date) {
		LocalDate next = rules.nextChangeAfter(facts, date);
		return next == null || next.isAfter(date) ? next : date.plusDays(1);
	}

	/** The file if it lies in the user's jurisdiction; an attempt on any other id is audited as DENIED, then 404. */
	private Child scoped(long id, CurrentUser user) {
		return queries.find(id, user.jurisdiction()).orElseThrow(() -> {
			audit.record(AuditAction.VIEW, AuditTrail.CHILD, id, AuditOutcome.DENIED, messages.get("child.audit.denied"));
			return new NotFoundException(messages.get("child.notFound"));
		});
	}

	private CurrentUser caller() {
		return callers.childFileWorker("child.forbidden");
	}

	private ChildView view(Child child, LocalDate today) {
		String village = child.getVillageCode();
		return new ChildView(child.getId(), child.content(), child.getStatus(), child.age(today), child.categories(),
				regions.name(village), regions.fullName(village), child.getExitReason(),
				child.getExitReason() == null ? null : child.getExitReason().label(), child.getExitDate(),
				child.getExitNote(), child.isHarmByGuardianConfirmed(), child.getRegisteredAt(),
				child.getRegisteredBy(), child.getUpdatedAt(),
				child.exitSuggested() ? suggestion(new ScopedChildQueries.ExitSuggestedColumns(child.getId(),
						child.getCategoriesEndedOn(), child.getCategoriesEndedReason(), child.getName(), village))
						: null,
				child.getKeptReason(), child.isTemporaryGuardianship(), warnings(child, today));
	}

	private ChildSummary summary(Child child, LocalDate today) {
		return new ChildSummary(child.getId(), child.getName(), child.getGender(), child.age(today),
				child.getVillageCode(), regions.name(child.getVillageCode()), Masking.idNumber(child.getIdNumber()),
				child.categories().stream().map(CategoryView::code).collect(Collectors.toList()), child.getStatus(),
				child.isTemporaryGuardianship(), warnings(child, today));
	}

	/** The file's Art 21 warnings as of {@code today} ({@link Art21Rules}); none for an exited file. */
	private List<ChildWarning> warnings(Child child, LocalDate today) {
		if (child.getStatus() != ChildStatus.ACTIVE) {
			return List.of();
		}
		return Art21Rules.warnings(child.art21Facts(), today).stream()
				.map(w -> new ChildWarning(w.name(), messages.get("child.warning." + w.name())))
				.toList();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Rows of an import handled between two flushes that empty the persistence context. */
	static final int IMPORT_CHUNK = 100;

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * For the exchange module's import (摸底排查表): one batch of rows, each validated exactly like
	 * {@link #register} (plus the village inside {@code jurisdiction}), inside the caller's transaction (the batch's).
	 * The files of the rows' ID numbers are read in one query per {@value #IMPORT_CHUNK} rows, after which the
	 * persistence context is flushed and emptied (so that the flushes before the queries of the change path and its
	 * listeners stay small). A valid row creates a file, or updates the file with its ID number inside
	 * {@code jurisdiction} (keeping what the template does not carry: a parent's birth date, the dates of a situation
	 * still listed, the caregiver's Art 22 check while the caregiver stays the same); a row identical to its file
	 * changes nothing ({@code UNCHANGED}, no history). A row without an ID number (未登记户口) is the file without one of
	 * the same village, name and birth date (two such files: the row is refused). Every change goes through the one change path (history by
	 * {@code actorName}, events, classification). No caller check (the import checked its starter) and no audit record
	 * per file (the import records itself with its counts). The results are in the rows' order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<ChildImportResult> importFiles(List<ChildFile> rows, String jurisdiction, String actorName) {
		List<ChildImportResult> results = new ArrayList<>(rows.size());
		for (int from = 0; from < rows.size(); from += IMPORT_CHUNK) {
			results.addAll(importChunk(rows.subList(from, Math.min(rows.size(), from + IMPORT_CHUNK)), jurisdiction,
					actorName));
			files.flush();
			entityManager.clear();
		}
		return results;
	}

	/**
	 * For the exchange module's import, after its first committed batch: the planner learns the size of the files'
	 * tables. Into a new county the import fills tables that were nearly empty when the pooled connections planned
	 * their statements, and the foreign-key check of every history, category and schedule row kept a plan that read
	 * a whole index instead of the primary key (docs/benchmarks.md, "Survey data in and out"). No caller check.
	 */
	public void refreshStatisticsAfterImportBatch() {
		customPlans.refreshStatistics("child", "child_category", "child_parent_situation", "child_history");
	}

	private List<ChildImportResult> importChunk(List<ChildFile> rows, String jurisdiction, String actorName) {
		List<ChildFile> normalized = rows.stream().map(ChildFileValidator::normalize).toList();
		List<String> hashes = normalized.stream()
				.map(f -> f.idNumber() == null ? null : cipher.lookupHash(f.idNumber()))
				.toList();
		Map<String, Child> existing = new HashMap<>();
		List<String> known = hashes.stream().filter(h -> h != null).distinct().toList();
		if (!known.isEmpty()) {
			customPlans.of(() -> files.findByIdNumberHashIn(known)).forEach(c -> existing.put(c.getIdNumberHash(), c));
		}
		Instant now = clock.instant();
		LocalDate today = today();
		List<ChildImportResult> results = new ArrayList<>(rows.size());
		for (int i = 0; i < normalized.size(); i++) {
			ChildFile file = normalized.get(i);
			String hash = hashes.get(i);
			List<FieldProblem> problems = new ArrayList<>(validator.validate(file));
			checkJurisdiction(file, jurisdiction, problems);
			if (!problems.isEmpty()) {
				results.add(new ChildImportResult(ChildImportResult.Kind.REJECTED, null, problems, null));
				continue;
			}
			List<Child> unnumbered = hash == null
					? files.findUnnumbered(file.villageCode(), file.birthDate(), file.name())
					: List.of();
			if (unnumbered.size() > 1) {
				results.add(new ChildImportResult(ChildImportResult.Kind.REJECTED, null, List.of(new FieldProblem(
						"name", messages.get("child.import.unnumberedAmbiguous", unnumbered.size()))), null));
				continue;
			}
			Child child = hash == null ? unnumbered.stream().findFirst().orElse(null) : existing.get(hash);
			if (child != null && !Regions.within(jurisdiction, child.getVillageCode())) {
				results.add(new ChildImportResult(ChildImportResult.Kind.ELSEWHERE, null, List.of(),
						regions.name(child.getTownshipCode())));
				continue;
			}
			if (child == null) {
				Child created = new Child(file, NameKeys.of(file.name()), hash, now, actorName);
				change(created, today, actorName, false, c -> {
				});
				if (hash != null) {
					existing.put(hash, created);
				}
				results.add(new ChildImportResult(ChildImportResult.Kind.CREATED, created.getId(), List.of(), null));
				continue;
			}
			ChildFile current = child.content();
			ChildFile merged = ImportMerge.keepWhatTheTemplateLacks(file, current, today);
			if (ImportMerge.canonical(merged).equals(ImportMerge.canonical(current))) {
				results.add(new ChildImportResult(ChildImportResult.Kind.UNCHANGED, child.getId(), List.of(), null));
				continue;
			}
			List<ChildHistoryEntry.Change> changes = change(child, today, actorName, false,
					c -> c.apply(merged, NameKeys.of(merged.name()), hash, now));
			results.add(new ChildImportResult(changes.isEmpty() ? ChildImportResult.Kind.UNCHANGED
					: ChildImportResult.Kind.UPDATED, child.getId(), List.of(), null));
		}
		return results;
	}

	/**
	 * For the exchange module's import: the field problems {@link #register} would report for {@code raw} with the
	 * village inside {@code jurisdiction} (JSON paths), without saving anything; for a row that is refused anyway (a
	 * cell could not be read) so that the importer hears every problem of the row at once. No caller check.
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> importProblems(ChildFile raw, String jurisdiction) {
		ChildFile file = ChildFileValidator.normalize(raw);
		List<FieldProblem> problems = new ArrayList<>(validator.validate(file));
		checkJurisdiction(file, jurisdiction, problems);
		return problems;
	}

	/**
	 * What the statistics module counts of these files (their state in this transaction), in a few queries (an
	 * import's batch), by id; an id that names no file is absent. No caller check (for other modules reacting to this
	 * module's events).
	 */
	@Transactional(readOnly = true)
	public Map<Long, ChildStatisticsFacts> statisticsFacts(Collection<Long> childIds) {
		Map<Long, ChildStatisticsFacts> facts = new HashMap<>();
		List<Long> ids = List.copyOf(childIds);
		files.flush();
		for (int from = 0; from < ids.size(); from += IMPORT_CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IMPORT_CHUNK));
			for (Object[] row : customPlans.of(() -> files.findStatisticsColumns(chunk))) {
				String caregiverName = (String) row[6];
				ChildStatisticsFacts counted = new ChildStatisticsFacts((Long) row[0], (String) row[1],
						(ChildStatus) row[2], (LocalDate) row[3], (Gender) row[4], Child.categories((String) row[5]),
						caregiverName == null || caregiverName.isBlank() ? null : (CaregiverRelation) row[7]);
				facts.put(counted.childId(), counted);
			}
		}
		return facts;
	}

	/**
	 * Where the file of {@code idNumber} lives, for a transfer asked by the receiving side (who knows the number from
	 * the duplicate refusal, which names the township already); empty when no file has that number or it fails the
	 * check. No caller check and nothing of the child's data: the caller checks its own rules.
	 */
	@Transactional(readOnly = true)
	public Optional<FileLocation> locateByIdNumber(String idNumber) {
		return IdNumber.parse(idNumber)
				.flatMap(id -> files.findByIdNumberHash(cipher.lookupHash(id.value())))
				.map(FileLocation::of);
	}

	/** Where the file {@code childId} lives now; no caller check (for the transfer module). Unknown id → 404. */
	@Transactional(readOnly = true)
	public FileLocation locate(long childId) {
		return files.findById(childId).map(FileLocation::of)
				.orElseThrow(() -> new NotFoundException(messages.get("child.notFound")));
	}

	/**
	 * 档案转移: the file moves to {@code toVillageCode} (a village) with everything keyed by its id (history, visits,
	 * records), through the one change path: the {@link Child} registers {@link ChildUpdated} with the new village code
	 * (the care schedule and statistics follow it in this transaction), and one history entry by {@code actorName}
	 * shows the village change and {@code note} (field {@code transfer}: from where to where, the reason, the
	 * transfer). Either status: an exited file moves exited. Audited as UPDATE of the file. No caller check (the
	 * transfer module checked the decider); unknown id → 404. A concurrent change of the file → 409 (its version).
	 */
	public void moveAsSystem(long childId, String toVillageCode, String note, String actorName) {
		Child child = files.findById(childId).orElseThrow(() -> new NotFoundException(messages.get("child.notFound")));
		if (!regions.isVillage(toVillageCode)) {
			throw new InvalidInputException("toVillageCode", messages.get("child.villageCode.invalid"));
		}
		Instant now = clock.instant();
		String from = child.getVillageCode();
		change(child, today(), actorName, true, c -> c.move(toVillageCode, now),
				List.of(new ChildHistoryEntry.Change("transfer",
						messages.get("transfer.history.from", regions.fullName(from)), note)));
		audit.record(AuditAction.UPDATE, AuditTrail.CHILD, childId, AuditOutcome.SUCCESS,
				messages.get("transfer.audit.moved", from, toVillageCode));
	}
}
