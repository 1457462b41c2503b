package org.shouhu.survey;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.account.VillageDirectors;
import org.shouhu.account.VillageDirectors.Director;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.child.ActiveFileVillages;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.ListPage;
import org.shouhu.common.Messages;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.Paging;
import org.shouhu.common.TextCheck;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.shouhu.survey.SurveyRoundView.TownshipProgress;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey rounds with review (审核报送; API.md "Import, export, rounds, transfers and statistics"): a county's civil
 * affairs opens a round (name, deadline) over the villages of the county that hold at least one active file at that
 * moment; each village's director confirms the village's files are checked; each township's supervisor submits the
 * township once all of its villages are confirmed; the county closes the round, which stores the county's statistics
 * summary as it is then ({@code GET …/snapshot} gives it back unchanged from then on).
 * <p>
 * Reading: roles that work with child files and 领导查看 (else 403) whose jurisdiction covers the county or lies inside
 * it; any other round is 404 like an unknown id. Totals count the whole county; the townships and villages listed
 * are those inside the caller's jurisdiction. Changing: opening and closing by {@link Role#CIVIL_AFFAIRS} covering the
 * county, confirming by the village's {@link Role#CHILD_DIRECTOR}, submitting by the township's
 * {@link Role#SUPERVISOR}; another role, or the right role for another village or township, is 403; a village or
 * township not in the round 404; what the round's state forbids 409 (a second open round of the county, a second
 * confirmation, a submission with unconfirmed villages naming them, a second submission or closing, anything on a
 * closed round). The changes of one round are serialised by a row lock on the round, so each sees the state the one
 * before left; a second open round of a county is refused by a unique index even when both open at once. Every change
 * is in the round's history (who, when, what). The snapshot read is audited; the round holds no child data.
 */
@Service
@Transactional
public class SurveyRounds {

	/** Audit subject type of a round. */
	public static final String SUBJECT = "SURVEY_ROUND";

	static final String FORBIDDEN = "survey.forbidden";
	static final int NAME_LIMIT = 100;
	private static final String UNIQUE_VIOLATION = "23505";

	private final SurveyRoundRepository rounds;
	private final ActiveFileVillages activeVillages;
	private final VillageDirectors directors;
	private final CountyStatistics statistics;
	private final Regions regions;
	private final Callers callers;
	private final AuditTrail audit;
	private final Messages messages;
	private final Clock clock;
	private final EntityManager entities;

	SurveyRounds(SurveyRoundRepository rounds, ActiveFileVillages activeVillages, VillageDirectors directors,
			CountyStatistics statistics, Regions regions, Callers callers, AuditTrail audit, Messages messages,
			Clock clock, EntityManager entities) {
		this.rounds = rounds;
		this.activeVillages = activeVillages;
		this.directors = directors;
		this.statistics = statistics;
		this.regions = regions;
		this.callers = callers;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.entities = entities;
	}

	/**
	 * Opens a round of the county {@code regionCode}: 400 naming the field for a code that is no loaded county, a
	 * missing or invalid name, a missing deadline or one before today; 404 for a county outside the caller's
	 * jurisdiction; 409 while the county has an open round, or when no village of it holds an active file.
	 */
	public OpenedSurveyRound open(NewSurveyRound request) {
		CurrentUser user = callers.holding("survey.open.forbidden", Role.CIVIL_AFFAIRS);
		List<FieldProblem> problems = new ArrayList<>();
		if (request == null) {
			throw new InvalidInputException("regionCode", messages.get("common.required"));
		}
		String county = request.regionCode() == null ? null : request.regionCode().trim();
		if (county == null || county.isEmpty()) {
			problems.add(new FieldProblem("regionCode", messages.get("common.required")));
		}
		else if (RegionLevel.ofCode(county) != RegionLevel.COUNTY || regions.find(county).isEmpty()) {
			problems.add(new FieldProblem("regionCode", messages.get("survey.regionCode.county")));
		}
		String name = TextCheck.normalize(request.name());
		if (name == null) {
			problems.add(new FieldProblem("name", messages.get("survey.name.required")));
		}
		else if (name.length() > NAME_LIMIT) {
			problems.add(new FieldProblem("name", messages.get("common.tooLong", NAME_LIMIT)));
		}
		else if (!TextCheck.isShortText(name)) {
			problems.add(new FieldProblem("name", messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		LocalDate today = LocalDate.now(clock);
		if (request.deadline() == null) {
			problems.add(new FieldProblem("deadline", messages.get("survey.deadline.required")));
		}
		else if (request.deadline().isBefore(today)) {
			problems.add(new FieldProblem("deadline", messages.get("survey.deadline.past")));
		}
		else if (request.deadline().isAfter(today.plusYears(1))) {
			problems.add(new FieldProblem("deadline", messages.get("survey.deadline.tooLate")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!user.covers(county)) {
			throw new NotFoundException(messages.get("survey.countyNotFound"));
		}
		rounds.findByOpenCountyCode(county).ifPresent(open -> {
			throw new NotAllowedNowException("survey.open.exists", open.getName());
		});
		List<String> villages = activeVillages.inCounty(county);
		if (villages.isEmpty()) {
			throw new NotAllowedNowException("survey.open.noVillages", regions.name(county));
		}
		SurveyRound round = new SurveyRound(county, name, request.deadline(), villages, user.actorName(),
				clock.instant());
		try {
			round = rounds.saveAndFlush(round);
		}
		catch (DataIntegrityViolationException e) {
			if (uniqueViolation(e)) {
				throw new NotAllowedNowException("survey.open.existsNow");
			}
			throw e;
		}
		return new OpenedSurveyRound(round.getId(), round.getStatus());
	}

	/** One round (404 unknown or outside the caller's jurisdiction). */
	@Transactional(readOnly = true)
	public SurveyRoundView find(long id) {
		CurrentUser user = reader();
		return view(visible(user, rounds.findById(id)), user);
	}

	/**
	 * The rounds of the counties in {@code regionCode} (default: the caller's jurisdiction; for a township or village,
	 * its county), newest first: 400 for a code that is no division code, 404 outside the jurisdiction.
	 */
	@Transactional(readOnly = true)
	public ListPage<SurveyRoundSummary> list(String regionCode, int page, int size) {
		CurrentUser user = reader();
		Paging paging = Paging.of(page, size);
		String region = regionCode == null || regionCode.isBlank() ? user.jurisdiction() : regionCode.trim();
		RegionLevel level = RegionLevel.ofCode(region);
		if (level == null) {
			throw new InvalidInputException("regionCode", messages.get("common.regionCode.invalid"));
		}
		if (!user.covers(region) && !Regions.within(region, user.jurisdiction())) {
			throw new NotFoundException(messages.get("survey.regionNotFound"));
		}
		String condition;
		Map<String, Object> params = new HashMap<>();
		if (level == RegionLevel.COUNTRY) {
			condition = "1 = 1";
		}
		else if (level.ordinal() >= RegionLevel.COUNTY.ordinal()) {
			String county = Regions.ancestorCode(region, RegionLevel.COUNTY);
			if (!visible(user, county)) {
				throw new NotFoundException(messages.get("survey.regionNotFound"));
			}
			condition = "r.countyCode = :county";
			params.put("county", county);
		}
		else {
			condition = "r.countyCode like :prefix";
			params.put("prefix", region + "%");
		}
		var query = entities.createQuery("select r from SurveyRound r where " + condition + " order by r.id desc",
				SurveyRound.class);
		params.forEach(query::setParameter);
		List<SurveyRound> found = query.setFirstResult(paging.offset()).setMaxResults(paging.limitPlusOne())
			.getResultList();
		LocalDate today = LocalDate.now(clock);
		return ListPage.of(found, paging).map(r -> summary(r, today));
	}

	/**
	 * The villages of the round inside the caller's jurisdiction (of {@code townshipCode} when given), each with its
	 * confirmation, lateness and directors; late ones first, then by code.
	 */
	@Transactional(readOnly = true)
	public List<VillageProgress> villages(long id, String townshipCode) {
		CurrentUser user = reader();
		SurveyRound round = visible(user, rounds.findById(id));
		String township = townshipCode == null || townshipCode.isBlank() ? null : townshipCode.trim();
		if (township != null && RegionLevel.ofCode(township) != RegionLevel.TOWNSHIP) {
			throw new InvalidInputException("townshipCode", messages.get("survey.townshipCode.invalid"));
		}
		LocalDate today = LocalDate.now(clock);
		boolean late = round.getStatus() == SurveyRoundStatus.OPEN && round.lateOn(today);
		List<RoundVillage> shown = round.getVillages().stream()
			.filter(v -> inView(user, v.getVillageCode()))
			.filter(v -> township == null || v.getTownshipCode().equals(township))
			.toList();
		Map<String, List<Director>> byVillage = directors.of(shown.stream().map(RoundVillage::getVillageCode).toList());
		Map<String, Boolean> submitted = new HashMap<>();
		round.getTownships().forEach(t -> submitted.put(t.getTownshipCode(), t.isSubmitted()));
		return shown.stream().map(v -> new VillageProgress(v.getVillageCode(), regions.name(v.getVillageCode()),
				v.getTownshipCode(), regions.name(v.getTownshipCode()), v.isConfirmed(), v.getConfirmedBy(),
				v.getConfirmedAt(), late && !v.isConfirmed(), submitted.getOrDefault(v.getTownshipCode(), false),
				byVillage.getOrDefault(v.getVillageCode(), List.of())))
			.sorted(Comparator.comparing((VillageProgress v) -> !v.late()).thenComparing(VillageProgress::villageCode))
			.toList();
	}

	/** The round's history, oldest first. */
	@Transactional(readOnly = true)
	public List<SurveyRoundHistoryEntry> history(long id) {
		CurrentUser user = reader();
		SurveyRound round = visible(user, rounds.findById(id));
		return round.history().stream().map(e -> new SurveyRoundHistoryEntry(e.getAt(), e.getActor(), e.getAction(),
				e.getAction().label(), e.getRegionCode(), regions.name(e.getRegionCode()))).toList();
	}

	/**
	 * The village's director confirms the village's files are checked: 403 for another role or another village's
	 * director, 404 for a village not in the round, 409 on a closed round, a submitted township or a second
	 * confirmation.
	 */
	public SurveyRoundView confirm(long id, String villageCode) {
		CurrentUser user = callers.holding("survey.confirm.forbidden", Role.CHILD_DIRECTOR);
		SurveyRound round = visible(user, rounds.findForChange(id));
		if (villageCode == null || round.village(villageCode).isEmpty()) {
			throw new NotFoundException(messages.get("survey.villageNotFound"));
		}
		if (!user.covers(villageCode)) {
			throw new ForbiddenException(messages.get("survey.confirm.forbidden"));
		}
		round.confirm(villageCode, user.actorName(), clock.instant());
		return view(rounds.saveAndFlush(round), user);
	}

	/**
	 * The township's supervisor submits the township: 403 for another role or another township's supervisor, 404 for
	 * a township not in the round, 409 on a closed round, a second submission, or while villages of it are unconfirmed
	 * (naming them).
	 */
	public SurveyRoundView submit(long id, String townshipCode) {
		CurrentUser user = callers.holding("survey.submit.forbidden", Role.SUPERVISOR);
		SurveyRound round = visible(user, rounds.findForChange(id));
		if (townshipCode == null || round.township(townshipCode).isEmpty()) {
			throw new NotFoundException(messages.get("survey.townshipNotFound"));
		}
		if (!user.covers(townshipCode)) {
			throw new ForbiddenException(messages.get("survey.submit.forbidden"));
		}
		round.submit(townshipCode, user.actorName(), clock.instant(), regions);
		return view(rounds.saveAndFlush(round), user);
	}

	/**
	 * The county closes the round and freezes the county's statistics summary: 403 for another role or civil affairs
	 * below the county, 409 when closed already. Townships not submitted stay so in the round.
	 */
	public SurveyRoundView close(long id) {
		CurrentUser user = callers.holding("survey.open.forbidden", Role.CIVIL_AFFAIRS);
		SurveyRound round = visible(user, rounds.findForChange(id));
		if (!user.covers(round.getCountyCode())) {
			throw new ForbiddenException(messages.get("survey.open.forbidden"));
		}
		if (round.getStatus() == SurveyRoundStatus.CLOSED) {
			throw new NotAllowedNowException("survey.close.already", round.getClosedBy());
		}
		round.close(statistics.summaryJson(round.getCountyCode()), user.actorName(), clock.instant());
		return view(rounds.saveAndFlush(round), user);
	}

	/**
	 * The statistics summary of the county as it was when the round closed (JSON, unchanged since): 409 while the
	 * round is open, 403 for a caller below the county (the county's figures are for the county and above). Audited.
	 */
	@Transactional(readOnly = true)
	public String snapshot(long id) {
		CurrentUser user = reader();
		SurveyRound round = visible(user, rounds.findById(id));
		if (!user.covers(round.getCountyCode())) {
			throw new ForbiddenException(messages.get("survey.snapshot.forbidden"));
		}
		if (round.getStatus() != SurveyRoundStatus.CLOSED) {
			throw new NotAllowedNowException("survey.snapshot.open");
		}
		audit.record(AuditAction.VIEW, SUBJECT, round.getId(), AuditOutcome.SUCCESS, "snapshot");
		return round.getSnapshot();
	}

	/** The open round of the caller's county, if any (the to-do items' button leads there). */
	@Transactional(readOnly = true)
	public Optional<Long> openRoundOfCaller() {
		CurrentUser user = reader();
		String county = Regions.ancestorCode(user.jurisdiction(), RegionLevel.COUNTY);
		return county == null ? Optional.empty() : rounds.findByOpenCountyCode(county).map(SurveyRound::getId);
	}

	private CurrentUser reader() {
		return callers.statisticsReader(FORBIDDEN);
	}

	private SurveyRound visible(CurrentUser user, Optional<SurveyRound> round) {
		return round.filter(r -> visible(user, r.getCountyCode()))
			.orElseThrow(() -> new NotFoundException(messages.get("survey.notFound")));
	}

	/** Whether the caller's jurisdiction covers the county or lies inside it. */
	private static boolean visible(CurrentUser user, String county) {
		return user.covers(county) || Regions.within(county, user.jurisdiction());
	}

	/** Whether a region of the round is shown to the caller in lists (inside the jurisdiction). */
	private static boolean inView(CurrentUser user, String code) {
		return user.covers(code) || Regions.within(code, user.jurisdiction());
	}

	private SurveyRoundView view(SurveyRound round, CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		Map<String, int[]> counts = new HashMap<>();
		for (RoundVillage village : round.getVillages()) {
			int[] count = counts.computeIfAbsent(village.getTownshipCode(), t -> new int[2]);
			count[0]++;
			if (village.isConfirmed()) {
				count[1]++;
			}
		}
		List<TownshipProgress> byRegion = round.getTownships().stream()
			.filter(t -> inView(user, t.getTownshipCode()))
			.sorted(Comparator.comparing(RoundTownship::getTownshipCode))
			.map(t -> {
				int[] count = counts.getOrDefault(t.getTownshipCode(), new int[2]);
				return new TownshipProgress(t.getTownshipCode(), regions.name(t.getTownshipCode()), count[0], count[1],
						t.isSubmitted(), t.getSubmittedBy(), t.getSubmittedAt());
			})
			.toList();
		int confirmed = (int) round.getVillages().stream().filter(RoundVillage::isConfirmed).count();
		int submitted = (int) round.getTownships().stream().filter(RoundTownship::isSubmitted).count();
		boolean closed = round.getStatus() == SurveyRoundStatus.CLOSED;
		return new SurveyRoundView(round.getId(), round.getName(), round.getStatus(), round.getDeadline(),
				round.getVillages().size(), confirmed, submitted, byRegion, round.getCountyCode(),
				regions.fullName(round.getCountyCode()), round.getStatus().label(), round.getTownships().size(),
				!closed && round.lateOn(today), round.getOpenedBy(), round.getOpenedAt(), round.getClosedBy(),
				round.getClosedAt(), closed && user.covers(round.getCountyCode()), round.getVersion());
	}

	private SurveyRoundSummary summary(SurveyRound round, LocalDate today) {
		int confirmed = (int) round.getVillages().stream().filter(RoundVillage::isConfirmed).count();
		int submitted = (int) round.getTownships().stream().filter(RoundTownship::isSubmitted).count();
		return new SurveyRoundSummary(round.getId(), round.getName(), round.getStatus(), round.getStatus().label(),
				round.getDeadline(), round.getCountyCode(), regions.fullName(round.getCountyCode()),
				round.getVillages().size(), confirmed, round.getTownships().size(), submitted,
				round.getStatus() == SurveyRoundStatus.OPEN && round.lateOn(today));
	}

	private static boolean uniqueViolation(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
