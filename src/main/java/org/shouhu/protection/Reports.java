package org.shouhu.protection;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.child.ChildCareFacts;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatus;
import org.shouhu.common.FieldCipher;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.Paging;
import org.shouhu.common.TextCheck;
import org.shouhu.region.Regions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mandatory reports (强制报告, DOMAIN.md §6; API.md "Mandatory reports and protection"): filing, the inbox, one
 * report with its timeline, and the receivers' steps accept → actions → conclude → feedback.
 * <p>
 * Callers: roles that work with child files and DEPARTMENT liaisons (else 403). A report is visible to its filer and
 * its receivers ({@link ReportRouting}, in the query with {@link ReportAccess}); to anyone else it is 404 like an
 * unknown id. The filer who tries a receiver's step gets 403; a step out of order 409; two steps at once on the same
 * version 409 ({@code @Version}). Bad input is 400 with every field problem, nothing stored. Every read is audited
 * (subject type {@value #REPORT}); the reporter's name and phone go to receivers only, never into lists, to-do items
 * or audit details.
 */
@Service
@Transactional
public class Reports {

	/** Audit subject type of reports. */
	public static final String REPORT = "REPORT";

	static final String FORBIDDEN = "protection.report.forbidden";
	static final int NAME_LIMIT = 50;
	private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{5,18}[0-9]");

	private final ReportRepository reports;
	private final ReportPolicies policies;
	private final ChildManagement children;
	private final Regions regions;
	private final Callers callers;
	private final AuditTrail audit;
	private final Messages messages;
	private final Clock clock;
	private final NamedParameterJdbcTemplate jdbc;
	private final FieldCipher cipher;
	private final ReportsAwaitingFile awaiting;

	Reports(ReportRepository reports, ReportPolicies policies, ChildManagement children, Regions regions,
			Callers callers, AuditTrail audit, Messages messages, Clock clock, NamedParameterJdbcTemplate jdbc,
			FieldCipher cipher, ReportsAwaitingFile awaiting) {
		this.reports = reports;
		this.awaiting = awaiting;
		this.policies = policies;
		this.children = children;
		this.regions = regions;
		this.callers = callers;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Files a report; 201 with where it went and its deadline ({@code acceptBy} = {@code receivedAt} + the county's
	 * minutes). The child is a file in the caller's jurisdiction ({@code childId}: unknown or outside → 404, exited →
	 * 400) or a name and a village in the caller's jurisdiction, never both. {@code receivedAt} only for civil
	 * affairs of the county or above (the hotline logging a call), never in the future.
	 */
	public FiledReport file(NewReport report) {
		CurrentUser user = filer();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		List<FieldProblem> problems = new ArrayList<>();
		if (report == null) {
			throw new InvalidInputException("situation", messages.get("common.required"));
		}
		if (report.situation() == null) {
			problems.add(new FieldProblem("situation", messages.get("protection.report.situation.required")));
		}
		String description = longText(problems, "description", report.description(), true);
		LocalDate occurredOn = report.occurredOn();
		if (occurredOn == null) {
			problems.add(new FieldProblem("occurredOn", messages.get("common.required")));
		}
		else if (occurredOn.isAfter(today)) {
			problems.add(new FieldProblem("occurredOn", messages.get("common.futureDate")));
		}
		else if (occurredOn.isBefore(today.minusYears(18))) {
			problems.add(new FieldProblem("occurredOn", messages.get("protection.report.occurredOn.tooOld")));
		}
		Instant receivedAt = now;
		if (report.receivedAt() != null) {
			Instant given = report.receivedAt().toInstant();
			if (!user.has(Role.CIVIL_AFFAIRS) || !ReportRouting.countyOrAbove(user.jurisdiction())) {
				problems.add(new FieldProblem("receivedAt", messages.get("protection.report.receivedAt.hotlineOnly")));
			}
			else if (given.isAfter(now)) {
				problems.add(new FieldProblem("receivedAt", messages.get("protection.report.receivedAt.future")));
			}
			else if (occurredOn != null && LocalDate.ofInstant(given, clock.getZone()).isBefore(occurredOn)) {
				problems.add(new FieldProblem("receivedAt", messages.get("protection.report.receivedAt.beforeOccurred")));
			}
			else {
				receivedAt = given;
			}
		}
		if (report.reporterType() == null) {
			problems.add(new FieldProblem("reporterType", messages.get("protection.report.reporterType.required")));
		}
		String reporterName = shortText(problems, "reporterName", report.reporterName());
		String reporterPhone = TextCheck.normalize(report.reporterPhone());
		if (reporterPhone == null) {
			problems.add(new FieldProblem("reporterPhone", messages.get("common.required")));
		}
		else if (!PHONE.matcher(reporterPhone.strip()).matches()) {
			problems.add(new FieldProblem("reporterPhone", messages.get("protection.report.reporterPhone.invalid")));
		}
		else {
			reporterPhone = reporterPhone.strip();
		}
		Long childId = report.childId();
		String childName = null;
		String villageCode = null;
		boolean byName = report.childName() != null || report.villageCode() != null;
		if (childId != null && byName) {
			problems.add(new FieldProblem("childId", messages.get("protection.report.child.both")));
		}
		else if (childId == null && !byName) {
			problems.add(new FieldProblem("childId", messages.get("protection.report.child.missing")));
		}
		else if (childId == null) {
			childName = shortText(problems, "childName", report.childName());
			villageCode = TextCheck.normalize(report.villageCode());
			if (villageCode == null) {
				problems.add(new FieldProblem("villageCode", messages.get("common.required")));
			}
			else if (!regions.isVillage(villageCode)) {
				problems.add(new FieldProblem("villageCode", messages.get("protection.report.villageCode.notVillage")));
			}
			else if (!user.covers(villageCode)) {
				problems.add(new FieldProblem("villageCode", messages.get("protection.report.villageCode.outside")));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (childId != null) {
			ChildCareFacts facts = childOnFile(childId, user);
			if (facts.status() != ChildStatus.ACTIVE) {
				throw new InvalidInputException("childId", messages.get("protection.report.child.exited"));
			}
			villageCode = facts.villageCode();
			childName = children.nameOf(childId);
		}
		String county = Regions.ancestorCode(villageCode, org.shouhu.region.RegionLevel.COUNTY);
		Instant acceptBy = receivedAt.plus(Duration.ofMinutes(policies.minutes(county)));
		Report filed = reports.save(new Report(report.situation(), description, occurredOn, receivedAt, acceptBy,
				report.reporterType(), reporterName, reporterPhone, childId, childName, villageCode, user.id(),
				user.actorName(), now));
		filed.filed();
		reports.saveAndFlush(filed);
		if (childId == null) {
			awaiting.filed(county);
		}
		audit.record(AuditAction.CREATE, REPORT, filed.getId(), AuditOutcome.SUCCESS,
				messages.get("protection.report.audit.filed", report.situation().name()));
		return new FiledReport(filed.getId(), filed.getStatus(), filed.routes(), filed.getReceivedAt(),
				filed.getAcceptBy());
	}

	/**
	 * The reports the caller filed or receives, overdue first, then the rest still to accept by oldest deadline, then
	 * the others newest first; {@code status} and {@code overdue} filter when given. Never the reporter's name or
	 * phone. The read is audited (VIEW, subject type {@value #REPORT}, without a subject id).
	 */
	@Transactional(readOnly = true)
	public ListPage<ReportListItem> list(ReportStatus status, Boolean overdue, int page, int size) {
		CurrentUser user = reader();
		Paging paging = Paging.of(page, size);
		Instant now = clock.instant();
		MapSqlParameterSource params = new MapSqlParameterSource()
				.addValue("now", Timestamp.from(now))
				.addValue("limit", paging.limitPlusOne())
				.addValue("offset", paging.offset());
		StringBuilder where = new StringBuilder(ReportAccess.visible(user, params));
		if (status != null) {
			where.append(" and status = :status");
			params.addValue("status", status.name());
		}
		if (Boolean.TRUE.equals(overdue)) {
			where.append(" and status = 'RECEIVED' and accept_by < :now");
		}
		else if (Boolean.FALSE.equals(overdue)) {
			where.append(" and not (status = 'RECEIVED' and accept_by < :now)");
		}
		List<ReportListItem> rows = jdbc.query("""
				select id, status, situation, occurred_on, received_at, accept_by, routed_to, child_id, child_name,
				       village_code, reporter_type, filed_at, accepted_at
				from protection_report
				where %s
				order by case when status = 'RECEIVED' and accept_by < :now then 0
				              when status = 'RECEIVED' then 1 when status = 'ACCEPTED' then 2 else 3 end,
				         case when status = 'RECEIVED' then accept_by end,
				         received_at desc, id desc
				limit :limit offset :offset""".formatted(where), params, (rs, n) -> {
			ReportStatus rowStatus = ReportStatus.valueOf(rs.getString("status"));
			ReportSituation situation = ReportSituation.valueOf(rs.getString("situation"));
			Instant acceptBy = rs.getTimestamp("accept_by").toInstant();
			List<ReportReceiver> routes = routes(rs.getString("routed_to"));
			String village = rs.getString("village_code");
			long childId = rs.getLong("child_id");
			Timestamp accepted = rs.getTimestamp("accepted_at");
			return new ReportListItem(rs.getLong("id"), rowStatus, rowStatus.label(), situation,
					situation.shortLabel(), rs.getDate("occurred_on").toLocalDate(),
					rs.getTimestamp("received_at").toInstant(), acceptBy,
					ReportRouting.overdue(rowStatus, acceptBy, now), routes, rs.wasNull() ? null : childId,
					cipher.decrypt(rs.getString("child_name")), village, regions.name(village),
					ReporterType.valueOf(rs.getString("reporter_type")), rs.getTimestamp("filed_at").toInstant(),
					accepted == null ? null : accepted.toInstant(), ReportRouting.receives(user, routes, village));
		});
		ListPage<ReportListItem> result = ListPage.of(rows, paging);
		audit.record(AuditAction.VIEW, REPORT, null, AuditOutcome.SUCCESS,
				messages.get("protection.report.audit.list", paging.page(), result.items().size()));
		return result;
	}

	/** One report with its timeline; reporter name and phone only for receivers. Audited (VIEW). */
	@Transactional(readOnly = true)
	public ReportView find(long id) {
		CurrentUser user = reader();
		Report report = visible(id, user);
		audit.record(AuditAction.VIEW, REPORT, id, AuditOutcome.SUCCESS, null);
		return view(report, user);
	}

	/** A receiver accepts (受理) a received report; otherwise 409. */
	public ReportView accept(long id) {
		CurrentUser user = reader();
		Report report = received(id, user);
		report.accept(user.actorName(), clock.instant());
		return saved(report, user, "protection.report.audit.accepted");
	}

	/**
	 * A receiver records a handling action on an accepted report (otherwise 409): {@code takenOn} required, not in the
	 * future nor before the report's date of occurrence; {@code description} required, at most 2000 characters.
	 */
	public ReportView recordAction(long id, LocalDate takenOn, String description) {
		CurrentUser user = reader();
		Report report = received(id, user);
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate today = LocalDate.now(clock);
		if (takenOn == null) {
			problems.add(new FieldProblem("takenOn", messages.get("common.required")));
		}
		else if (takenOn.isAfter(today)) {
			problems.add(new FieldProblem("takenOn", messages.get("common.futureDate")));
		}
		else if (takenOn.isBefore(report.getOccurredOn())) {
			problems.add(new FieldProblem("takenOn", messages.get("protection.report.takenOn.beforeOccurred")));
		}
		String text = longText(problems, "description", description, true);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		report.recordAction(takenOn, text, user.actorName(), clock.instant());
		return saved(report, user, "protection.report.audit.action");
	}

	/**
	 * A receiver concludes (办结) an accepted report (otherwise 409) with its result (required, at most 2000
	 * characters) and whether harm by the guardian was confirmed (required). Confirmed harm gives the child's file
	 * 困境儿童（监护缺失或不当） with a basis naming the report ({@link ReportListener}).
	 */
	public ReportView conclude(long id, String result, Boolean harmConfirmed) {
		CurrentUser user = reader();
		Report report = received(id, user);
		List<FieldProblem> problems = new ArrayList<>();
		String text = longText(problems, "result", result, true);
		if (harmConfirmed == null) {
			problems.add(new FieldProblem("harmConfirmed", messages.get("protection.report.harmConfirmed.required")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		report.conclude(text, harmConfirmed, harmBasis(report), user.actorName(), clock.instant());
		return saved(report, user, "protection.report.audit.concluded");
	}

	/** A receiver tells the reporter the result of a concluded report (otherwise 409); {@code message} required. */
	public ReportView giveFeedback(long id, String message) {
		CurrentUser user = reader();
		Report report = received(id, user);
		List<FieldProblem> problems = new ArrayList<>();
		String text = longText(problems, "message", message, true);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		report.giveFeedback(text, user.actorName(), clock.instant());
		return saved(report, user, "protection.report.audit.feedback");
	}

	/**
	 * The phrase naming the report in the category's basis: the report's date (the day it was received) and its
	 * situation. Rule text in Java like {@code child/rules/Bases}.
	 */
	static String harmBasis(LocalDate receivedOn, ReportSituation situation) {
		return "经强制报告（" + receivedOn + "，" + situation.shortLabel() + "）查实遭受监护人侵害";
	}

	private String harmBasis(Report report) {
		return harmBasis(LocalDate.ofInstant(report.getReceivedAt(), clock.getZone()), report.getSituation());
	}

	private ReportView saved(Report report, CurrentUser user, String auditKey) {
		Report saved = reports.saveAndFlush(report);
		audit.record(AuditAction.UPDATE, REPORT, saved.getId(), AuditOutcome.SUCCESS, messages.get(auditKey));
		return view(saved, user);
	}

	/** A report the caller receives: unknown or invisible → 404; visible but not received (the filer) → 403. */
	private Report received(long id, CurrentUser user) {
		Report report = visible(id, user);
		if (!receives(user, report)) {
			throw new ForbiddenException(messages.get("protection.report.notReceiver"));
		}
		return report;
	}

	private Report visible(long id, CurrentUser user) {
		Report report = reports.findById(id).orElse(null);
		if (report == null || report.getFiledByUserId() != user.id() && !receives(user, report)) {
			audit.record(AuditAction.VIEW, REPORT, id, AuditOutcome.DENIED, null);
			throw new NotFoundException(messages.get("protection.report.notFound"));
		}
		return report;
	}

	private static boolean receives(CurrentUser user, Report report) {
		return ReportRouting.receives(user, report.routes(), report.getVillageCode());
	}

	private ChildCareFacts childOnFile(long childId, CurrentUser user) {
		ChildCareFacts facts;
		try {
			facts = children.careFacts(childId);
		}
		catch (NotFoundException e) {
			throw new NotFoundException(messages.get("protection.report.child.notFound"));
		}
		if (!user.covers(facts.villageCode())) {
			throw new NotFoundException(messages.get("protection.report.child.notFound"));
		}
		return facts;
	}

	ReportView view(Report r, CurrentUser user) {
		boolean receiver = receives(user, r);
		ReportStatus status = r.getStatus();
		return new ReportView(r.getId(), r.getVersion(), status, status.label(), r.getSituation(),
				r.getSituation().shortLabel(), r.getDescription(), r.getOccurredOn(), r.getReceivedAt(),
				r.getAcceptBy(), r.overdue(clock.instant()), r.routes(), r.getChildId(), r.getChildName(),
				r.getChildId() != null, r.getVillageCode(), regions.name(r.getVillageCode()), r.getReporterType(),
				r.getReporterType().label(), receiver ? r.getReporterName() : null,
				receiver ? r.getReporterPhone() : null, r.getFiledBy(), r.getFiledAt(), r.getAcceptedAt(),
				r.getAcceptedBy(), r.getActions().stream().map(ReportAction::view).toList(), r.getConcludedAt(),
				r.getConcludedBy(), r.getResult(), r.getHarmConfirmed(), r.getFeedback(), r.getFeedbackAt(),
				r.getFeedbackBy(), receiver, r.getFiledByUserId() == user.id(),
				receiver && status == ReportStatus.RECEIVED, receiver && status == ReportStatus.ACCEPTED,
				receiver && status == ReportStatus.ACCEPTED, receiver && status == ReportStatus.CONCLUDED);
	}

	static List<ReportReceiver> routes(String routedTo) {
		return Arrays.stream(routedTo.split(",")).map(ReportReceiver::valueOf).toList();
	}

	private CurrentUser filer() {
		return callers.holding(FORBIDDEN, Role.CHILD_DIRECTOR, Role.SUPERVISOR, Role.CIVIL_AFFAIRS, Role.DEPARTMENT);
	}

	private CurrentUser reader() {
		return filer();
	}

	private String shortText(List<FieldProblem> problems, String field, String value) {
		String text = TextCheck.normalize(value);
		if (text == null) {
			problems.add(new FieldProblem(field, messages.get("common.required")));
			return null;
		}
		text = text.strip();
		if (text.length() > NAME_LIMIT) {
			problems.add(new FieldProblem(field, messages.get("common.tooLong", NAME_LIMIT)));
			return null;
		}
		if (!TextCheck.isShortText(text)) {
			problems.add(new FieldProblem(field, messages.get(TextCheck.INVALID_CHARACTERS)));
			return null;
		}
		return text;
	}

	private String longText(List<FieldProblem> problems, String field, String value, boolean required) {
		String text = TextCheck.normalize(value);
		if (text == null) {
			if (required) {
				problems.add(new FieldProblem(field, messages.get("common.required")));
			}
			return null;
		}
		if (text.length() > Report.TEXT_LIMIT) {
			problems.add(new FieldProblem(field, messages.get("common.tooLong", Report.TEXT_LIMIT)));
			return null;
		}
		if (!TextCheck.isLongText(text)) {
			problems.add(new FieldProblem(field, messages.get(TextCheck.INVALID_CHARACTERS)));
			return null;
		}
		return text;
	}
}
