package org.shouhu.transfer;

import java.time.Clock;
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
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildSummary;
import org.shouhu.child.FileLocation;
import org.shouhu.child.IdNumber;
import org.shouhu.common.ConflictException;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.Masking;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.Paging;
import org.shouhu.common.TextCheck;
import org.shouhu.region.RegionScope;
import org.shouhu.region.Regions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * File transfers (档案转移, 一人一档 nationwide): asked by either side, decided by the other, and on accept the file
 * moves with all its history, visits and records ({@link ChildManagement#moveAsSystem}).
 * <p>
 * Callers: roles that work with child files (儿童主任, 督导员, 民政), else 403. The receiving side asks by ID number
 * for a village of its own (the file lives elsewhere); the holding side asks by the file ({@code childId}, 404 outside
 * its jurisdiction) for any village of the country. A transfer is seen by whoever covers its from- or to-village
 * (else 404) and decided by civil affairs or a supervisor covering the side that did not ask (else 403). Bad input is
 * 400 naming the field, nothing saved; a second open transfer of a child, a decision on a decided transfer, two
 * decisions at once (the loser) or a file that moved meanwhile is 409. Exited files may be transferred: the file
 * moves exited and the new side may reactivate it. Requests and decisions are audited (subject {@value #SUBJECT}),
 * and so is every read of one transfer.
 */
@Service
@Transactional
public class Transfers {

	/** Audit subject of a transfer. */
	public static final String SUBJECT = "TRANSFER";

	static final int TEXT_LIMIT = 500;

	/** Most to-do items listed per caller; the oldest requests first. */
	static final int TASK_LIMIT = 200;

	private final TransferRepository transfers;
	private final ChildManagement children;
	private final EntityManager entities;
	private final Regions regions;
	private final Callers callers;
	private final AuditTrail audit;
	private final Messages messages;
	private final Clock clock;
	private final TransactionTemplate requestTransaction;

	Transfers(TransferRepository transfers, ChildManagement children, EntityManager entities, Regions regions,
			Callers callers, AuditTrail audit, Messages messages, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transfers = transfers;
		this.children = children;
		this.entities = entities;
		this.regions = regions;
		this.callers = callers;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.requestTransaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Asks for a transfer: by {@code idNumber} (receiving side: {@code toVillageCode} in the caller's jurisdiction;
	 * an unknown number is 400 on {@code idNumber}) or by {@code childId} (holding side); exactly one of the two.
	 * {@code reason} required. Same village → 400; an open transfer of the child → 409 (held by a unique index, so
	 * that parallel requests give one transfer). The request's own transaction: a lost race is answered 409 like a
	 * sequential second request.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public TransferView request(NewTransfer request) {
		try {
			return requestTransaction.execute(status -> create(request));
		}
		catch (DataIntegrityViolationException e) {
			throw new ConflictException(messages.get("transfer.open"));
		}
	}

	private TransferView create(NewTransfer request) {
		CurrentUser user = caller();
		List<FieldProblem> problems = new ArrayList<>();
		String idNumber = TextCheck.normalize(request.idNumber());
		Long childId = request.childId();
		String to = TextCheck.normalize(request.toVillageCode());
		String reason = text(request.reason(), "reason", true, problems);
		if (idNumber == null && childId == null) {
			problems.add(new FieldProblem("idNumber", messages.get("transfer.child.required")));
		}
		else if (idNumber != null && childId != null) {
			problems.add(new FieldProblem("childId", messages.get("transfer.child.both")));
		}
		else if (idNumber != null && IdNumber.parse(idNumber).isEmpty()) {
			problems.add(new FieldProblem("idNumber", messages.get("transfer.idNumber.invalid")));
		}
		if (to == null) {
			problems.add(new FieldProblem("toVillageCode", messages.get("common.required")));
		}
		else if (!regions.isVillage(to)) {
			problems.add(new FieldProblem("toVillageCode", messages.get("transfer.toVillageCode.invalid")));
		}
		else if (idNumber != null && !user.covers(to)) {
			problems.add(new FieldProblem("toVillageCode", messages.get("transfer.toVillageCode.outside")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		FileLocation file;
		String masked;
		if (childId != null) {
			ChildSummary summary = children.summary(childId); // scoped: outside the jurisdiction → 404
			file = children.locate(childId);
			masked = summary.idNumber();
		}
		else {
			String number = IdNumber.parse(idNumber).orElseThrow().value();
			file = children.locateByIdNumber(number)
					.orElseThrow(() -> new InvalidInputException("idNumber", messages.get("transfer.idNumber.unknown")));
			masked = Masking.idNumber(number);
		}
		if (file.villageCode().equals(to)) {
			throw new InvalidInputException("toVillageCode", messages.get("transfer.sameVillage"));
		}
		if (transfers.findByOpenChildId(file.childId()).isPresent()) {
			throw new ConflictException(messages.get("transfer.open"));
		}
		TransferSide side = user.covers(file.villageCode()) ? TransferSide.HOLDING : TransferSide.RECEIVING;
		Transfer transfer = transfers.saveAndFlush(new Transfer(file.childId(), file.villageCode(), to, side, masked,
				reason, clock.instant(), user.actorName(), user.id()));
		audit.record(AuditAction.CREATE, SUBJECT, transfer.getId(), AuditOutcome.SUCCESS,
				messages.get("transfer.audit.requested", file.childId(), to));
		return view(transfer, user, names(List.of(transfer)));
	}

	/**
	 * 同意: civil affairs or a supervisor covering the side that did not ask; the file moves to the new village at
	 * once (its history shows the move, the old side answers 404 from then on, the care schedule follows). Not
	 * REQUESTED, a concurrent decision, or a file that moved or changed village meanwhile → 409.
	 */
	public TransferView accept(long id, String note) {
		CurrentUser user = caller();
		Transfer transfer = visible(id, user);
		String text = decider(transfer, user, note);
		transfer.checkRequested();
		FileLocation file = children.locate(transfer.getChildId());
		if (!file.villageCode().equals(transfer.getFromVillageCode())) {
			throw new NotAllowedNowException("transfer.fileMoved");
		}
		transfer.accept(user.actorName(), text, clock.instant());
		transfers.saveAndFlush(transfer); // a concurrent decision committed first: optimistic locking, 409
		children.moveAsSystem(transfer.getChildId(), transfer.getToVillageCode(), moveNote(transfer, user),
				user.actorName());
		audit.record(AuditAction.UPDATE, SUBJECT, id, AuditOutcome.SUCCESS, messages.get("transfer.audit.accepted"));
		return view(transfer, user, names(List.of(transfer)));
	}

	/** 拒绝 (optional reason): the file stays where it is. Same callers and refusals as {@link #accept}. */
	public TransferView reject(long id, String note) {
		CurrentUser user = caller();
		Transfer transfer = visible(id, user);
		String text = decider(transfer, user, note);
		transfer.reject(user.actorName(), text, clock.instant());
		transfers.saveAndFlush(transfer);
		audit.record(AuditAction.UPDATE, SUBJECT, id, AuditOutcome.SUCCESS, messages.get("transfer.audit.rejected"));
		return view(transfer, user, names(List.of(transfer)));
	}

	/** 撤回: only whoever asked (else 403) takes back a REQUESTED transfer (else 409); the file stays. */
	public TransferView withdraw(long id) {
		CurrentUser user = caller();
		Transfer transfer = visible(id, user);
		if (user.id() != transfer.getRequestedByUser()) {
			throw new ForbiddenException(messages.get("transfer.withdraw.own"));
		}
		transfer.withdraw(user.actorName(), clock.instant());
		transfers.saveAndFlush(transfer);
		audit.record(AuditAction.UPDATE, SUBJECT, id, AuditOutcome.SUCCESS, messages.get("transfer.audit.withdrawn"));
		return view(transfer, user, names(List.of(transfer)));
	}

	/** One transfer for either side; anyone else → 404. The read is audited. */
	@Transactional(readOnly = true)
	public TransferView find(long id) {
		CurrentUser user = caller();
		Transfer transfer = visible(id, user);
		audit.record(AuditAction.VIEW, SUBJECT, id, AuditOutcome.SUCCESS, null);
		return view(transfer, user, names(List.of(transfer)));
	}

	/**
	 * The caller's transfers, newest first: {@code incoming} (to a village of the caller's jurisdiction) or
	 * {@code outgoing} (from a file of it, as it lived when asked); {@code status} optional. Else 400 on
	 * {@code direction}; paging checked by {@link Paging}.
	 */
	@Transactional(readOnly = true)
	public ListPage<TransferView> list(String direction, TransferStatus status, int page, int size) {
		CurrentUser user = caller();
		List<FieldProblem> problems = new ArrayList<>(Paging.problems(page, size));
		boolean incoming = "incoming".equals(direction);
		if (!incoming && !"outgoing".equals(direction)) {
			problems.add(new FieldProblem("direction", messages.get("transfer.direction.invalid")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Paging paging = Paging.of(page, size);
		Map<String, Object> params = new HashMap<>();
		String scope = RegionScope.jpql(incoming ? "t.to" : "t.from", "scope", user.jurisdiction(), params);
		String where = scope + (status == null ? "" : " and t.status = :status");
		if (status != null) {
			params.put("status", status);
		}
		TypedQuery<Transfer> query = entities.createQuery(
				"select t from Transfer t where " + where + " order by t.id desc", Transfer.class);
		params.forEach(query::setParameter);
		List<Transfer> rows = query.setFirstResult(paging.offset()).setMaxResults(paging.limitPlusOne())
				.getResultList();
		Map<Long, ChildSummary> names = names(rows);
		return ListPage.of(rows, paging).map(t -> view(t, user, names));
	}

	/**
	 * The REQUESTED transfers waiting for {@code caller}'s decision (civil affairs or a supervisor covering the side
	 * that did not ask), oldest first, at most {@code limit}: the to-do items. No role check beyond the jurisdiction.
	 */
	@Transactional(readOnly = true)
	public List<TransferView> toDecide(CurrentUser caller, int limit) {
		if (!caller.has(Role.CIVIL_AFFAIRS) && !caller.has(Role.SUPERVISOR)) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		String from = RegionScope.jpql("t.from", "scope", caller.jurisdiction(), params);
		String to = RegionScope.jpql("t.to", "scope", caller.jurisdiction(), params);
		TypedQuery<Transfer> query = entities.createQuery("select t from Transfer t where t.status = :requested and"
				+ " ((t.requestedSide = :receiving and " + from + ") or (t.requestedSide = :holding and " + to + "))"
				+ " order by t.requestedAt, t.id", Transfer.class);
		params.forEach(query::setParameter);
		List<Transfer> rows = query.setParameter("requested", TransferStatus.REQUESTED)
				.setParameter("receiving", TransferSide.RECEIVING).setParameter("holding", TransferSide.HOLDING)
				.setMaxResults(limit).getResultList();
		Map<Long, ChildSummary> names = names(rows);
		return rows.stream().map(t -> view(t, caller, names)).toList();
	}

	/** The transfer if the caller covers its from- or to-village; else 404 like an unknown id. */
	private Transfer visible(long id, CurrentUser user) {
		return transfers.findById(id)
				.filter(t -> user.covers(t.getFromVillageCode()) || user.covers(t.getToVillageCode()))
				.orElseThrow(() -> new NotFoundException(messages.get("transfer.notFound")));
	}

	/** Checks that {@code user} decides {@code transfer} (else 403) and returns the decision's note (400 if bad). */
	private String decider(Transfer transfer, CurrentUser user, String note) {
		if (!user.has(Role.CIVIL_AFFAIRS) && !user.has(Role.SUPERVISOR)) {
			throw new ForbiddenException(messages.get("transfer.decide.role"));
		}
		if (!user.covers(transfer.deciderVillage()) || user.id() == transfer.getRequestedByUser()) {
			throw new ForbiddenException(messages.get("transfer.decide.otherSide"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		String text = text(note, "reason", false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return text;
	}

	private boolean canDecide(Transfer transfer, CurrentUser user) {
		return transfer.getStatus() == TransferStatus.REQUESTED
				&& (user.has(Role.CIVIL_AFFAIRS) || user.has(Role.SUPERVISOR))
				&& user.covers(transfer.deciderVillage()) && user.id() != transfer.getRequestedByUser();
	}

	private String moveNote(Transfer transfer, CurrentUser decider) {
		return messages.get("transfer.history.to", regions.fullName(transfer.getToVillageCode()), transfer.getReason(),
				transfer.getId(), transfer.getRequestedBy(), decider.actorName());
	}

	private String text(String value, String field, boolean required, List<FieldProblem> problems) {
		String text = TextCheck.normalize(value);
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem(field, messages.get("common.required")));
			}
		}
		else if (text.length() > TEXT_LIMIT) {
			problems.add(new FieldProblem(field, messages.get("common.tooLong", TEXT_LIMIT)));
		}
		else if (!TextCheck.isLongText(text)) {
			problems.add(new FieldProblem(field, messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		return text;
	}

	/** The list lines of the files the caller may open now (the others' names stay hidden). */
	private Map<Long, ChildSummary> names(List<Transfer> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		return children.summaries(rows.stream().map(Transfer::getChildId).toList());
	}

	private TransferView view(Transfer t, CurrentUser user, Map<Long, ChildSummary> names) {
		ChildSummary child = names.get(t.getChildId());
		boolean holding = user.covers(t.getFromVillageCode());
		return new TransferView(t.getId(), t.getStatus(), t.getStatus().label(), t.getRequestedSide(),
				child == null ? null : child.id(), child == null ? null : child.name(),
				child == null ? t.getIdNumberMasked() : child.idNumber(), regions.fullName(t.getFromTownshipCode()),
				holding ? t.getFromVillageCode() : null, holding ? regions.fullName(t.getFromVillageCode()) : null,
				t.getToVillageCode(), regions.fullName(t.getToVillageCode()), t.getReason(), t.getRequestedBy(),
				t.getRequestedAt(), t.getDecidedBy(), t.getDecidedAt(), t.getDecisionNote(), canDecide(t, user),
				t.getStatus() == TransferStatus.REQUESTED && user.id() == t.getRequestedByUser(), t.getVersion());
	}

	private CurrentUser caller() {
		return callers.childFileWorker("transfer.forbidden");
	}
}
