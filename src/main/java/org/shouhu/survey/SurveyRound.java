package org.shouhu.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shouhu.common.NotAllowedNowException;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;

/**
 * A survey round (摸底排查轮次) of one county: OPEN from opening until the county closes it. Its villages are fixed at
 * opening; each is confirmed once by its director while its township is not submitted; a township is submitted once,
 * when all its villages are confirmed; closing stores the county's statistics as they were. Every change is one of
 * the methods below, which refuse what the status does not allow ({@link NotAllowedNowException}, 409), bump the
 * version and append to the history. {@code openCountyCode} holds the county's code while OPEN (null once closed):
 * its unique index (V20) keeps one open round per county, whatever runs at once.
 */
@Entity
@Table(name = "survey_round")
class SurveyRound {

	/** How many unconfirmed villages a refused submission names. */
	static final int NAMED = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "county_code", nullable = false, length = 6)
	private String countyCode;

	@Column(name = "open_county_code", length = 6)
	private String openCountyCode;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private SurveyRoundStatus status;

	@Column(name = "opened_by", nullable = false, length = 100)
	private String openedBy;

	@Column(name = "opened_at", nullable = false)
	private Instant openedAt;

	@Column(name = "closed_by", length = 100)
	private String closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(columnDefinition = "text")
	private String snapshot;

	@OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
	private List<RoundVillage> villages = new ArrayList<>();

	@OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
	private List<RoundTownship> townships = new ArrayList<>();

	@OneToMany(mappedBy = "round", cascade = CascadeType.ALL)
	private List<RoundEvent> events = new ArrayList<>();

	protected SurveyRound() {
	}

	/** Opens a round of the county over {@code villageCodes} (villages of the county). */
	SurveyRound(String countyCode, String name, LocalDate deadline, List<String> villageCodes, String by, Instant at) {
		this.countyCode = countyCode;
		this.openCountyCode = countyCode;
		this.name = name;
		this.deadline = deadline;
		this.status = SurveyRoundStatus.OPEN;
		this.openedBy = by;
		this.openedAt = at;
		villageCodes.stream().sorted().forEach(code -> villages.add(new RoundVillage(this, code)));
		villages.stream().map(RoundVillage::getTownshipCode).distinct()
			.forEach(code -> townships.add(new RoundTownship(this, code)));
		events.add(new RoundEvent(this, at, by, SurveyRoundAction.OPENED, countyCode));
	}

	/**
	 * The director confirms the village's files are checked. Refuses a closed round, a submitted township and a
	 * village confirmed already (naming who and when).
	 */
	void confirm(String villageCode, String by, Instant at) {
		requireOpen();
		RoundVillage village = village(villageCode).orElseThrow();
		RoundTownship township = township(village.getTownshipCode()).orElseThrow();
		if (township.isSubmitted()) {
			throw new NotAllowedNowException("survey.confirm.townshipSubmitted");
		}
		if (village.isConfirmed()) {
			throw new NotAllowedNowException("survey.confirm.already", village.getConfirmedBy());
		}
		village.confirm(by, at);
		changed(at, by, SurveyRoundAction.VILLAGE_CONFIRMED, villageCode);
	}

	/**
	 * The supervisor submits the township. Refuses a closed round, a township submitted already, and one with
	 * unconfirmed villages (naming the first {@value #NAMED} and how many).
	 */
	void submit(String townshipCode, String by, Instant at, Regions regions) {
		requireOpen();
		RoundTownship township = township(townshipCode).orElseThrow();
		if (township.isSubmitted()) {
			throw new NotAllowedNowException("survey.submit.already", township.getSubmittedBy());
		}
		List<String> unconfirmed = villagesOf(townshipCode).stream().filter(v -> !v.isConfirmed())
			.map(v -> regions.name(v.getVillageCode())).toList();
		if (!unconfirmed.isEmpty()) {
			String named = String.join("、", unconfirmed.subList(0, Math.min(NAMED, unconfirmed.size())));
			throw unconfirmed.size() > NAMED
					? new NotAllowedNowException("survey.submit.unconfirmedMore", unconfirmed.size(), named)
					: new NotAllowedNowException("survey.submit.unconfirmed", unconfirmed.size(), named);
		}
		township.submit(by, at);
		changed(at, by, SurveyRoundAction.TOWNSHIP_SUBMITTED, townshipCode);
	}

	/** The county closes the round and stores its statistics as they are now. Refuses a closed round. */
	void close(String snapshotJson, String by, Instant at) {
		if (status == SurveyRoundStatus.CLOSED) {
			throw new NotAllowedNowException("survey.close.already", closedBy);
		}
		this.status = SurveyRoundStatus.CLOSED;
		this.openCountyCode = null;
		this.snapshot = snapshotJson;
		this.closedBy = by;
		this.closedAt = at;
		events.add(new RoundEvent(this, at, by, SurveyRoundAction.CLOSED, countyCode));
	}

	private void requireOpen() {
		if (status != SurveyRoundStatus.OPEN) {
			throw new NotAllowedNowException("survey.closed");
		}
	}

	/** Appends to the history; the round's own columns do not change, so the version is bumped by the service's lock. */
	private void changed(Instant at, String by, SurveyRoundAction action, String regionCode) {
		events.add(new RoundEvent(this, at, by, action, regionCode));
	}

	Optional<RoundVillage> village(String villageCode) {
		return villages.stream().filter(v -> v.getVillageCode().equals(villageCode)).findFirst();
	}

	Optional<RoundTownship> township(String townshipCode) {
		return townships.stream().filter(t -> t.getTownshipCode().equals(townshipCode)).findFirst();
	}

	List<RoundVillage> villagesOf(String townshipCode) {
		return villages.stream().filter(v -> v.getTownshipCode().equals(townshipCode)).toList();
	}

	/** Whether the day is past the deadline (the items are overdue, the unconfirmed villages late). */
	boolean lateOn(LocalDate today) {
		return today.isAfter(deadline);
	}

	static String townshipOf(String villageCode) {
		return Regions.ancestorCode(villageCode, RegionLevel.TOWNSHIP);
	}

	Long getId() {
		return id;
	}

	long getVersion() {
		return version;
	}

	String getCountyCode() {
		return countyCode;
	}

	String getName() {
		return name;
	}

	LocalDate getDeadline() {
		return deadline;
	}

	SurveyRoundStatus getStatus() {
		return status;
	}

	String getOpenedBy() {
		return openedBy;
	}

	Instant getOpenedAt() {
		return openedAt;
	}

	String getClosedBy() {
		return closedBy;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	String getSnapshot() {
		return snapshot;
	}

	List<RoundVillage> getVillages() {
		return villages;
	}

	List<RoundTownship> getTownships() {
		return townships;
	}

	List<RoundEvent> history() {
		return events.stream().sorted(Comparator.comparing(RoundEvent::getAt).thenComparing(RoundEvent::getId,
				Comparator.nullsLast(Comparator.naturalOrder()))).toList();
	}
}
