package org.shouhu.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.shouhu.child.Category;
import org.shouhu.child.ChildCareFacts;
import org.shouhu.child.SituationType;
import org.shouhu.region.RegionCodes;
import org.springframework.data.domain.Persistable;

/**
 * A child's visit schedule: one row per file with the child's region codes, latest visits, due dates, the inputs of
 * the close-attention reasons and the reasons themselves, and the number of open problems. Due dates follow from the
 * latest visits (by date, so a backfilled older visit moves nothing back) and the county's policy.
 */
@Entity
@Table(name = "care_schedule")
class CareSchedule implements Persistable<Long> {

	/** 困境儿童: the three difficulty categories. */
	static final Set<Category> DIFFICULTY = EnumSet.of(Category.POVERTY_DIFFICULTY, Category.DISABILITY_DIFFICULTY,
			Category.GUARDIANSHIP_DIFFICULTY);

	/** A parent in one of these situations is gone for the child; exactly one gone parent makes a single-parent family. */
	static final Set<SituationType> PARENT_GONE = EnumSet.of(SituationType.DECEASED, SituationType.DECLARED_DEAD,
			SituationType.DECLARED_MISSING, SituationType.GUARDIANSHIP_REVOKED);

	@Id
	@Column(name = "child_id")
	private Long childId;

	/** A row made from a new file's facts is inserted without a look for an existing one (the id is the file's). */
	@Transient
	private boolean unsaved;

	@Embedded
	private RegionCodes region;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "registered_on", nullable = false)
	private LocalDate registeredOn;

	@Column(name = "last_contact_on")
	private LocalDate lastContactOn;

	@Column(name = "last_home_visit_on")
	private LocalDate lastHomeVisitOn;

	@Column(name = "contact_due_on", nullable = false)
	private LocalDate contactDueOn;

	@Column(name = "home_visit_due_on", nullable = false)
	private LocalDate homeVisitDueOn;

	@Column(name = "close_attention", nullable = false)
	private boolean closeAttention;

	@Column(length = 300)
	private String reasons;

	@Column(name = "parent_severe_disability", nullable = false)
	private boolean parentSevereDisability;

	@Column(name = "parent_serious_illness", nullable = false)
	private boolean parentSeriousIllness;

	@Column(name = "child_disabled", nullable = false)
	private boolean childDisabled;

	@Column(name = "in_difficulty", nullable = false)
	private boolean inDifficulty;

	@Column(name = "single_parent", nullable = false)
	private boolean singleParent;

	@Enumerated(EnumType.STRING)
	@Column(name = "visit_psychology", length = 10)
	private Finding visitPsychology;

	@Enumerated(EnumType.STRING)
	@Column(name = "visit_safety", length = 10)
	private Finding visitSafety;

	@Enumerated(EnumType.STRING)
	@Column(name = "assessment_level", length = 10)
	private RiskLevel assessmentLevel;

	@Column(name = "assessed_on")
	private LocalDate assessedOn;

	@Column(name = "assessment_id")
	private Long assessmentId;

	@Column(name = "open_problems", nullable = false)
	private int openProblems;

	protected CareSchedule() {
	}

	CareSchedule(ChildCareFacts facts, VisitPolicy policy) {
		this.childId = facts.childId();
		this.unsaved = true;
		apply(facts, policy);
	}

	@Override
	public Long getId() {
		return childId;
	}

	@Override
	public boolean isNew() {
		return unsaved;
	}

	@PostPersist
	void persisted() {
		unsaved = false;
	}

	/** Takes the file's current facts (region, status, registration day, family reasons) and recomputes. */
	void apply(ChildCareFacts facts, VisitPolicy policy) {
		this.region = RegionCodes.of(facts.villageCode());
		this.active = facts.active();
		this.registeredOn = facts.registeredOn();
		Set<SituationType> parents = facts.currentParentSituations();
		this.parentSevereDisability = parents.contains(SituationType.SEVERE_DISABILITY);
		this.parentSeriousIllness = parents.contains(SituationType.SERIOUS_ILLNESS);
		this.childDisabled = facts.disabled();
		this.inDifficulty = facts.categories().stream().anyMatch(DIFFICULTY::contains);
		this.singleParent = gone(facts.fatherSituations()) != gone(facts.motherSituations());
		recompute(policy);
	}

	/**
	 * A visit on {@code on}: the latest contact is the latest visit of either type, the latest home visit the latest
	 * home visit; the findings count when this is the latest visit (on the same day, the one recorded last).
	 */
	void visitRecorded(VisitType type, LocalDate on, Findings findings, VisitPolicy policy) {
		if (lastContactOn == null || !on.isBefore(lastContactOn)) {
			lastContactOn = on;
			visitPsychology = findings.psychology();
			visitSafety = findings.safety();
		}
		if (type == VisitType.HOME_VISIT && (lastHomeVisitOn == null || on.isAfter(lastHomeVisitOn))) {
			lastHomeVisitOn = on;
		}
		recompute(policy);
	}

	/** An assessment counts when it is the latest (by date, then by id). */
	void assessmentRecorded(long id, RiskLevel level, LocalDate on, VisitPolicy policy) {
		if (assessedOn == null || on.isAfter(assessedOn)
				|| on.isEqual(assessedOn) && (assessmentId == null || id > assessmentId)) {
			assessedOn = on;
			assessmentId = id;
			assessmentLevel = level;
			recompute(policy);
		}
	}

	void problemOpened() {
		openProblems++;
	}

	void problemResolved() {
		openProblems = Math.max(0, openProblems - 1);
	}

	/** Reasons, close attention and due dates from the stored inputs under {@code policy}. */
	void recompute(VisitPolicy policy) {
		List<CloseAttentionReason> list = new ArrayList<>();
		add(list, parentSevereDisability, CloseAttentionReason.PARENT_SEVERE_DISABILITY);
		add(list, parentSeriousIllness, CloseAttentionReason.PARENT_SERIOUS_ILLNESS);
		add(list, childDisabled, CloseAttentionReason.CHILD_DISABLED);
		add(list, visitPsychology == Finding.SERIOUS, CloseAttentionReason.VISIT_PSYCHOLOGY_SERIOUS);
		add(list, visitSafety == Finding.SERIOUS, CloseAttentionReason.VISIT_SAFETY_SERIOUS);
		add(list, assessmentLevel == RiskLevel.HIGH, CloseAttentionReason.ASSESSMENT_HIGH);
		add(list, inDifficulty, CloseAttentionReason.IN_DIFFICULTY);
		add(list, singleParent, CloseAttentionReason.SINGLE_PARENT);
		add(list, visitPsychology == Finding.CONCERN || visitPsychology == Finding.SERIOUS,
				CloseAttentionReason.PSYCHOLOGICAL_CONCERN);
		this.reasons = list.isEmpty() ? null : list.stream().map(Enum::name).collect(Collectors.joining(","));
		this.closeAttention = list.stream().anyMatch(CloseAttentionReason::closeAttention);
		this.contactDueOn = (lastContactOn == null ? registeredOn : lastContactOn).plusDays(policy.contactDays());
		this.homeVisitDueOn = (lastHomeVisitOn == null ? registeredOn : lastHomeVisitOn)
				.plusDays(homeVisitDays(policy));
	}

	/** The home-visit interval that applies to this child under {@code policy}. */
	int homeVisitDays(VisitPolicy policy) {
		return closeAttention ? policy.closeAttentionHomeVisitDays() : policy.homeVisitDays();
	}

	/** Every reason, in {@link CloseAttentionReason} order. */
	List<CloseAttentionReason> reasons() {
		return parse(reasons);
	}

	static List<CloseAttentionReason> parse(String codes) {
		return codes == null || codes.isBlank() ? List.of()
				: Arrays.stream(codes.split(",")).map(CloseAttentionReason::valueOf).toList();
	}

	private static void add(List<CloseAttentionReason> list, boolean holds, CloseAttentionReason reason) {
		if (holds) {
			list.add(reason);
		}
	}

	private static boolean gone(Set<SituationType> situations) {
		return situations.stream().anyMatch(PARENT_GONE::contains);
	}

	Long getChildId() {
		return childId;
	}

	String getCountyCode() {
		return region.countyCode();
	}

	String getVillageCode() {
		return region.villageCode();
	}

	boolean isActive() {
		return active;
	}

	LocalDate getRegisteredOn() {
		return registeredOn;
	}

	LocalDate getLastContactOn() {
		return lastContactOn;
	}

	LocalDate getLastHomeVisitOn() {
		return lastHomeVisitOn;
	}

	LocalDate getContactDueOn() {
		return contactDueOn;
	}

	LocalDate getHomeVisitDueOn() {
		return homeVisitDueOn;
	}

	boolean isCloseAttention() {
		return closeAttention;
	}

	int getOpenProblems() {
		return openProblems;
	}
}
