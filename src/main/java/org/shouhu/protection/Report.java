package org.shouhu.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.shouhu.common.NotAllowedNowException;
import org.shouhu.region.RegionCodes;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A mandatory report (强制报告) and its handling timeline. The status moves only forward, RECEIVED → ACCEPTED →
 * CONCLUDED → FEEDBACK_GIVEN, each step refused with {@link NotAllowedNowException} (409) out of order; handling
 * actions are recorded while ACCEPTED. The aggregate registers {@link ReportFiled} on filing and
 * {@link ReportConcluded} on conclusion; Spring Data publishes them on save.
 */
@Entity
@Table(name = "protection_report")
class Report {

	static final int TEXT_LIMIT = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private ReportSituation situation;

	@Column(nullable = false, length = TEXT_LIMIT)
	private String description;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "accept_by", nullable = false)
	private Instant acceptBy;

	@Column(name = "routed_to", nullable = false, length = 100)
	private String routedTo;

	@Column(name = "routed_education", nullable = false)
	private boolean routedEducation;

	@Column(name = "routed_health", nullable = false)
	private boolean routedHealth;

	@Column(name = "child_id")
	private Long childId;

	@Convert(converter = ReportCipher.class)
	@Column(name = "child_name", length = 400)
	private String childName;

	@Embedded
	private RegionCodes region;

	@Enumerated(EnumType.STRING)
	@Column(name = "reporter_type", nullable = false, length = 30)
	private ReporterType reporterType;

	@Convert(converter = ReportCipher.class)
	@Column(name = "reporter_name", length = 400)
	private String reporterName;

	@Convert(converter = ReportCipher.class)
	@Column(name = "reporter_phone", length = 400)
	private String reporterPhone;

	@Column(name = "filed_by_user_id", nullable = false)
	private long filedByUserId;

	@Column(name = "filed_by", nullable = false, length = 100)
	private String filedBy;

	@Column(name = "filed_at", nullable = false)
	private Instant filedAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "accepted_by", length = 100)
	private String acceptedBy;

	@Column(name = "concluded_at")
	private Instant concludedAt;

	@Column(name = "concluded_by", length = 100)
	private String concludedBy;

	@Column(length = TEXT_LIMIT)
	private String result;

	@Column(name = "harm_confirmed")
	private Boolean harmConfirmed;

	@Column(length = TEXT_LIMIT)
	private String feedback;

	@Column(name = "feedback_at")
	private Instant feedbackAt;

	@Column(name = "feedback_by", length = 100)
	private String feedbackBy;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "report_id", nullable = false)
	@OrderBy("takenOn asc, id asc")
	private List<ReportAction> actions = new ArrayList<>();

	@Transient
	private final List<Object> events = new ArrayList<>();

	protected Report() {
	}

	/** A filed report; the input must have been validated. {@code childName} is the file's name when on file. */
	Report(ReportSituation situation, String description, LocalDate occurredOn, Instant receivedAt,
			Instant acceptBy, ReporterType reporterType, String reporterName, String reporterPhone, Long childId,
			String childName, String villageCode, long filedByUserId, String filedBy, Instant now) {
		this.status = ReportStatus.RECEIVED;
		this.situation = situation;
		this.description = description;
		this.occurredOn = occurredOn;
		this.receivedAt = receivedAt;
		this.acceptBy = acceptBy;
		List<ReportReceiver> routes = ReportRouting.routes(reporterType);
		this.routedTo = String.join(",", routes.stream().map(Enum::name).toList());
		this.routedEducation = routes.contains(ReportReceiver.EDUCATION);
		this.routedHealth = routes.contains(ReportReceiver.HEALTH);
		this.reporterType = reporterType;
		this.reporterName = reporterName;
		this.reporterPhone = reporterPhone;
		this.childId = childId;
		this.childName = childName;
		this.region = RegionCodes.of(villageCode);
		this.filedByUserId = filedByUserId;
		this.filedBy = filedBy;
		this.filedAt = now;
	}

	/** Registers {@link ReportFiled}; called once the id is known (after the first save). */
	void filed() {
		events.add(new ReportFiled(id, childId, getVillageCode(), situation.name(), receivedAt));
	}

	void accept(String actor, Instant now) {
		if (status != ReportStatus.RECEIVED) {
			throw new NotAllowedNowException("protection.report.notReceived", status.label());
		}
		this.status = ReportStatus.ACCEPTED;
		this.acceptedAt = now;
		this.acceptedBy = actor;
	}

	ReportAction recordAction(LocalDate takenOn, String text, String actor, Instant now) {
		if (status != ReportStatus.ACCEPTED) {
			throw new NotAllowedNowException("protection.report.notAccepted", status.label());
		}
		ReportAction action = new ReportAction(takenOn, text, actor, now);
		actions.add(action);
		return action;
	}

	void conclude(String text, boolean harm, String basis, String actor, Instant now) {
		if (status != ReportStatus.ACCEPTED) {
			throw new NotAllowedNowException("protection.report.notAccepted", status.label());
		}
		this.status = ReportStatus.CONCLUDED;
		this.result = text;
		this.harmConfirmed = harm;
		this.concludedAt = now;
		this.concludedBy = actor;
		events.add(new ReportConcluded(id, childId, harm, occurredOn, situation, basis, actor));
	}

	void giveFeedback(String text, String actor, Instant now) {
		if (status != ReportStatus.CONCLUDED) {
			throw new NotAllowedNowException("protection.report.notConcluded", status.label());
		}
		this.status = ReportStatus.FEEDBACK_GIVEN;
		this.feedback = text;
		this.feedbackAt = now;
		this.feedbackBy = actor;
	}

	/** Links a report about a child not yet on file to the file registered for it. */
	void linkTo(long registeredChildId) {
		this.childId = registeredChildId;
	}

	@DomainEvents
	Collection<Object> domainEvents() {
		return List.copyOf(events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		events.clear();
	}

	List<ReportReceiver> routes() {
		return Arrays.stream(routedTo.split(",")).map(ReportReceiver::valueOf).toList();
	}

	boolean overdue(Instant now) {
		return ReportRouting.overdue(status, acceptBy, now);
	}

	Long getId() {
		return id;
	}

	long getVersion() {
		return version;
	}

	ReportStatus getStatus() {
		return status;
	}

	ReportSituation getSituation() {
		return situation;
	}

	String getDescription() {
		return description;
	}

	LocalDate getOccurredOn() {
		return occurredOn;
	}

	Instant getReceivedAt() {
		return receivedAt;
	}

	Instant getAcceptBy() {
		return acceptBy;
	}

	Long getChildId() {
		return childId;
	}

	String getChildName() {
		return childName;
	}

	String getVillageCode() {
		return region.villageCode();
	}

	String getCountyCode() {
		return region.countyCode();
	}

	ReporterType getReporterType() {
		return reporterType;
	}

	String getReporterName() {
		return reporterName;
	}

	String getReporterPhone() {
		return reporterPhone;
	}

	long getFiledByUserId() {
		return filedByUserId;
	}

	String getFiledBy() {
		return filedBy;
	}

	Instant getFiledAt() {
		return filedAt;
	}

	Instant getAcceptedAt() {
		return acceptedAt;
	}

	String getAcceptedBy() {
		return acceptedBy;
	}

	Instant getConcludedAt() {
		return concludedAt;
	}

	String getConcludedBy() {
		return concludedBy;
	}

	String getResult() {
		return result;
	}

	Boolean getHarmConfirmed() {
		return harmConfirmed;
	}

	String getFeedback() {
		return feedback;
	}

	Instant getFeedbackAt() {
		return feedbackAt;
	}

	String getFeedbackBy() {
		return feedbackBy;
	}

	List<ReportAction> getActions() {
		return actions;
	}
}
