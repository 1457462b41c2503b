package org.shouhu.child;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.shouhu.child.rules.Art21Rules;
import org.shouhu.child.rules.CategoryAssignment;
import org.shouhu.child.rules.ChildFacts;
import org.shouhu.child.rules.Situation;
import org.shouhu.common.NotAllowedNowException;
import org.shouhu.region.RegionCodes;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A child file (一人一档). Content comes in as a validated {@link ChildFile}; status changes are methods that refuse
 * what the current status does not allow.
 * <p>
 * The aggregate registers its domain events ({@link ChildRegistered}, {@link ChildUpdated}, {@link ChildExited},
 * {@link ChildCategoriesChanged}, {@link ChildReviewed}) as it changes; the repository publishes them when the file is
 * saved (Spring Data {@code @DomainEvents}), built at that moment, so a new file's events carry its id.
 */
@Entity
@Table(name = "child")
class Child {

	private static final String FATHER = "F";
	private static final String MOTHER = "M";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_id")
	@SequenceGenerator(name = "child_id", sequenceName = "child_id_seq", allocationSize = 1) // V23: batched inserts, ids in registration order
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ChildStatus status;

	@Column(nullable = false, length = 50)
	private String name;

	@Column(name = "name_pinyin", nullable = false, length = 200)
	private String namePinyin;

	@Column(name = "name_initials", nullable = false, length = 50)
	private String nameInitials;

	@Convert(converter = EncryptedString.class)
	@Column(name = "id_number", length = 120)
	private String idNumber;

	@Column(name = "id_number_hash", length = 64)
	private String idNumberHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Gender gender;

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate;

	@Column(length = 20)
	private String ethnicity;

	@Column(name = "hukou_registered", nullable = false)
	private boolean hukouRegistered;

	@Enumerated(EnumType.STRING)
	@Column(name = "hukou_type", length = 10)
	private HukouType hukouType;

	@Column(name = "hukou_address", length = 200)
	private String hukouAddress;

	@Embedded
	private RegionCodes region;

	@Column(length = 200)
	private String address;

	@Enumerated(EnumType.STRING)
	@Column(name = "health_status", length = 20)
	private HealthStatus healthStatus;

	@Column(name = "disability_type", length = 50)
	private String disabilityType;

	@Column(name = "disability_grade")
	private Integer disabilityGrade;

	@Column(length = 200)
	private String illness;

	@Enumerated(EnumType.STRING)
	@Column(name = "schooling_status", length = 30)
	private SchoolingStatus schoolingStatus;

	@Column(name = "school_name", length = 100)
	private String schoolName;

	private Boolean boarding;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "father_name", length = 50)),
			@AttributeOverride(name = "idNumber", column = @Column(name = "father_id_number", length = 120)),
			@AttributeOverride(name = "phone", column = @Column(name = "father_phone", length = 120)),
			@AttributeOverride(name = "birthDate", column = @Column(name = "father_birth_date")),
			@AttributeOverride(name = "workplace", column = @Column(name = "father_workplace", length = 100)) })
	private ParentRecord father;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "name", column = @Column(name = "mother_name", length = 50)),
			@AttributeOverride(name = "idNumber", column = @Column(name = "mother_id_number", length = 120)),
			@AttributeOverride(name = "phone", column = @Column(name = "mother_phone", length = 120)),
			@AttributeOverride(name = "birthDate", column = @Column(name = "mother_birth_date")),
			@AttributeOverride(name = "workplace", column = @Column(name = "mother_workplace", length = 100)) })
	private ParentRecord mother;

	@Embedded
	private CaregiverRecord caregiver;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private GuardianshipGrade guardianship;

	@Column(name = "living_alone", nullable = false)
	private boolean livingAlone;

	@Column(name = "family_income", length = 200)
	private String familyIncome;

	@Column(name = "family_assistance", length = 200)
	private String familyAssistance;

	@Column(length = 1000)
	private String remarks;

	/** See {@link #refreshCaregiverConfirmationMissing()} (migration V16). */
	@Column(name = "caregiver_confirmation_missing", nullable = false)
	private boolean caregiverConfirmationMissing;

	@Column(name = "harm_by_guardian_confirmed", nullable = false)
	private boolean harmByGuardianConfirmed;

	@Column(name = "harm_by_guardian_basis", length = 300)
	private String harmByGuardianBasis;

	/** 临时监护中: set by the protection module while a temporary guardianship is active (migration V15). */
	@Column(name = "temporary_guardianship", nullable = false)
	private boolean temporaryGuardianship;

	@Enumerated(EnumType.STRING)
	@Column(name = "exit_reason", length = 30)
	private ExitReason exitReason;

	@Column(name = "exit_date")
	private LocalDate exitDate;

	@Column(name = "exit_note", length = 500)
	private String exitNote;

	@Column(name = "next_review_on")
	private LocalDate nextReviewOn;

	/** The day the file's last category ended; {@code null} while it holds one (or never held one). */
	@Column(name = "categories_ended_on")
	private LocalDate categoriesEndedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "categories_ended_reason", length = 30)
	private CategoriesEndedReason categoriesEndedReason;

	/** Why the file stays active without a category (保留在册); cleared when it holds a category again. */
	@Column(name = "kept_reason", length = 500)
	private String keptReason;

	@Column(name = "kept_at")
	private Instant keptAt;

	@Column(name = "kept_by", length = 100)
	private String keptBy;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(name = "registered_by", nullable = false, length = 100)
	private String registeredBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "child_category", joinColumns = @JoinColumn(name = "child_id"))
	@BatchSize(size = 200)
	private Set<CategoryRecord> categories = new LinkedHashSet<>();

	/**
	 * The codes of {@link #categories} again, sorted, as {@code ",LEFT_BEHIND,ORPHAN,"} ({@code ","} for none): the
	 * region indexes carry it on PostgreSQL, so a list filtered by category is counted without a join (migration V8).
	 */
	@Column(name = "category_codes", nullable = false, length = 200)
	private String categoryCodes = ",";

	@ElementCollection
	@CollectionTable(name = "child_parent_situation", joinColumns = @JoinColumn(name = "child_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 200)
	private List<SituationRecord> situations = new ArrayList<>();

	/** Events registered since the last save, built when published (a new file has its id by then). */
	@Transient
	private final List<Supplier<Object>> events = new ArrayList<>();

	/** Display paths of the content fields changed by {@link #apply} or {@link #reactivate}, for {@link ChildUpdated}. */
	@Transient
	private List<String> changedFields = List.of();

	@Transient
	private LocalDate reviewedOn;

	protected Child() {
	}

	/** A new, active file; {@code content} must have passed validation. Registers {@link ChildRegistered}. */
	Child(ChildFile content, NameKeys nameKeys, String idNumberHash, Instant now, String registeredBy) {
		this.status = ChildStatus.ACTIVE;
		this.registeredAt = now;
		this.registeredBy = registeredBy;
		setContent(content, nameKeys, idNumberHash, now);
		boolean caregiverChecked = caregiver != null && caregiver.checklist() != null;
		events.add(() -> new ChildRegistered(id, getVillageCode(), categoryCodes(), caregiverChecked));
	}

	/**
	 * Replaces the entered content; {@code content} must have passed validation. Registers {@link ChildUpdated} (with
	 * the fields given to {@link #changed} before the save).
	 */
	void apply(ChildFile content, NameKeys nameKeys, String idNumberHash, Instant now) {
		setContent(content, nameKeys, idNumberHash, now);
		events.add(() -> new ChildUpdated(id, getVillageCode(), changedFields));
	}

	/** The display paths of what an {@link #apply} or {@link #reactivate} changed, carried by {@link ChildUpdated}. */
	void changed(List<String> fields) {
		this.changedFields = List.copyOf(fields);
	}

	/**
	 * The daily review re-read the file on {@code on}: registers {@link ChildReviewed}, published after the file's
	 * other events (listeners re-read the file as of that day last).
	 */
	void reviewed(LocalDate on) {
		this.reviewedOn = on;
	}

	@DomainEvents
	List<Object> domainEvents() {
		List<Object> published = new ArrayList<>(events.stream().map(Supplier::get).toList());
		if (reviewedOn != null) {
			published.add(new ChildReviewed(id, getVillageCode(), reviewedOn));
		}
		return published;
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		events.clear();
		changedFields = List.of();
		reviewedOn = null;
	}

	private void setContent(ChildFile content, NameKeys nameKeys, String idNumberHash, Instant now) {
		this.name = content.name();
		this.namePinyin = nameKeys.pinyin();
		this.nameInitials = nameKeys.initials();
		this.idNumber = content.idNumber();
		this.idNumberHash = idNumberHash;
		this.gender = content.gender();
		this.birthDate = content.birthDate();
		this.ethnicity = content.ethnicity();
		this.hukouRegistered = !Boolean.FALSE.equals(content.hukouRegistered());
		this.hukouType = content.hukouType();
		this.hukouAddress = content.hukouAddress();
		this.region = RegionCodes.of(content.villageCode());
		this.address = content.address();
		ChildFile.Health health = content.health();
		this.healthStatus = health == null ? null : health.status();
		this.disabilityType = health == null ? null : health.disabilityType();
		this.disabilityGrade = health == null ? null : health.disabilityGrade();
		this.illness = health == null ? null : health.illness();
		ChildFile.Schooling schooling = content.schooling();
		this.schoolingStatus = schooling == null ? null : schooling.status();
		this.schoolName = schooling == null ? null : schooling.schoolName();
		this.boarding = schooling == null ? null : schooling.boarding();
		this.father = parentRecord(content.father());
		this.mother = parentRecord(content.mother());
		this.situations.clear();
		addSituations(FATHER, content.father());
		addSituations(MOTHER, content.mother());
		ChildFile.Caregiver c = content.caregiver();
		this.caregiver = c == null ? null : new CaregiverRecord(c);
		this.guardianship = content.guardianship();
		this.livingAlone = Boolean.TRUE.equals(content.livingAlone());
		this.familyIncome = join(content.familyIncome());
		this.familyAssistance = join(content.familyAssistance());
		this.remarks = content.remarks();
		this.updatedAt = now;
		refreshCaregiverConfirmationMissing();
	}

	/**
	 * Keeps {@link #caregiverConfirmationMissing} current: an active left-behind child with a named caregiver but no
	 * date the 《委托监护责任确认书》 was signed (the to-do list reads the flag through a partial index, V16).
	 */
	private void refreshCaregiverConfirmationMissing() {
		this.caregiverConfirmationMissing = status == ChildStatus.ACTIVE && caregiver != null && caregiver.named()
				&& caregiver.confirmationSignedOn == null && categoryCodes.contains("," + Category.LEFT_BEHIND.name() + ",");
	}

	/** The caregiver as the protection module's caregiver oversight reads it (null when none is named). */
	CaregiverRecord caregiverRecord() {
		return caregiver != null && caregiver.named() ? caregiver : null;
	}

	/** The entered content, with full (decrypted) ID and phone numbers. */
	ChildFile content() {
		return new ChildFile(name, idNumber, gender, birthDate, ethnicity, hukouRegistered, hukouType, hukouAddress,
				region.villageCode(), address,
				healthStatus == null && disabilityType == null && disabilityGrade == null && illness == null ? null
						: new ChildFile.Health(healthStatus, disabilityType, disabilityGrade, illness),
				schoolingStatus == null && schoolName == null && boarding == null ? null
						: new ChildFile.Schooling(schoolingStatus, schoolName, boarding),
				parent(father, FATHER), parent(mother, MOTHER),
				caregiver == null ? null
						: new ChildFile.Caregiver(caregiver.name, caregiver.idNumber, caregiver.phone,
								caregiver.relation, caregiver.address, caregiver.confirmationSignedOn,
								caregiver.checklist()),
				guardianship, livingAlone, split(familyIncome, FamilyIncome.class),
				split(familyAssistance, FamilyAssistance.class), remarks, version);
	}

	/** What the classification rules look at. */
	ChildFacts facts() {
		return new ChildFacts(birthDate, hukouType, healthStatus, facts(FATHER), facts(MOTHER),
				orAny(split(familyAssistance, FamilyAssistance.class), FamilyAssistance.class),
				guardianship, harmByGuardianConfirmed, harmByGuardianConfirmed ? harmByGuardianBasis : null);
	}

	/** What the Art 21 rules look at ({@link org.shouhu.child.rules.Art21Rules}). */
	Art21Rules.Facts art21Facts() {
		return new Art21Rules.Facts(birthDate, healthStatus, livingAlone, guardianship, facts(FATHER), facts(MOTHER),
				caregiver != null && caregiver.name != null && !caregiver.name.isBlank());
	}

	/** The categories held, in {@link Category} order. */
	List<CategoryView> categories() {
		return categories.stream()
				.sorted(Comparator.comparing(c -> c.code))
				.map(c -> new CategoryView(c.code, c.code.label(), c.basis))
				.toList();
	}

	/** The categories of a stored {@code category_codes} value (",A,B,"). */
	static Set<Category> categories(String categoryCodes) {
		Set<Category> codes = EnumSet.noneOf(Category.class);
		for (String code : categoryCodes.split(",")) {
			if (!code.isEmpty()) {
				codes.add(Category.valueOf(code));
			}
		}
		return codes;
	}

	Set<Category> categoryCodes() {
		Set<Category> codes = EnumSet.noneOf(Category.class);
		categories.forEach(c -> codes.add(c.code));
		return codes;
	}

	/**
	 * Replaces the categories by the rules' result as of {@code on}; whether anything (code or basis) changed. A change
	 * of codes of a saved file registers {@link ChildCategoriesChanged}. Losing the last category marks the file for an exit
	 * suggestion (with the reason); holding one again clears that and a reason it was kept for.
	 */
	boolean assign(List<CategoryAssignment> assignments, LocalDate nextReview, LocalDate on) {
		Set<CategoryRecord> next = assignments.stream()
				.map(a -> new CategoryRecord(a.category(), a.basis()))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		this.nextReviewOn = status == ChildStatus.ACTIVE ? nextReview : null;
		if (next.equals(categories)) {
			refreshCaregiverConfirmationMissing();
			return false;
		}
		Set<Category> before = categoryCodes();
		categories.clear();
		categories.addAll(next);
		categoryCodes = next.isEmpty() ? ","
				: next.stream().map(c -> c.code.name()).sorted().collect(Collectors.joining(",", ",", ","));
		Set<Category> after = categoryCodes();
		refreshCaregiverConfirmationMissing();
		if (!before.equals(after)) {
			categoriesChanged(before, after, on);
			if (id != null) { // a new file's categories come with ChildRegistered
				events.add(() -> new ChildCategoriesChanged(id, getVillageCode(), before, after, on));
			}
		}
		return true;
	}

	private void categoriesChanged(Set<Category> before, Set<Category> after, LocalDate on) {
		if (!after.isEmpty()) {
			categoriesEndedOn = null;
			categoriesEndedReason = null;
			keptReason = null;
			keptAt = null;
			keptBy = null;
		}
		else if (!before.isEmpty()) {
			categoriesEndedOn = on;
			categoriesEndedReason = CategoriesEndedReason.of(before, facts(), on);
		}
	}

	/**
	 * Whether the file is suggested for exit: active, its last category ended and nobody kept it with a reason since.
	 */
	boolean exitSuggested() {
		return status == ChildStatus.ACTIVE && categoryCodes().isEmpty() && categoriesEndedOn != null
				&& keptReason == null;
	}

	/**
	 * 保留在册: the file stays active without a category, for {@code reason}; its exit suggestion ends until it holds
	 * and loses a category again. Only a suggested file can be kept (409 otherwise).
	 */
	void keep(String reason, Instant now, String by) {
		if (!exitSuggested()) {
			throw new NotAllowedNowException(status == ChildStatus.EXITED ? "child.keep.exited" : "child.keep.notSuggested");
		}
		this.keptReason = reason;
		this.keptAt = now;
		this.keptBy = by;
		this.updatedAt = now;
	}

	/** 减员. Refuses a file that has already exited. */
	void exit(ExitReason reason, LocalDate date, String note, Instant now) {
		if (status == ChildStatus.EXITED) {
			throw new NotAllowedNowException("child.exited");
		}
		this.status = ChildStatus.EXITED;
		this.exitReason = reason;
		this.exitDate = date;
		this.exitNote = note;
		this.nextReviewOn = null;
		this.updatedAt = now;
		refreshCaregiverConfirmationMissing();
		events.add(() -> new ChildExited(id, getVillageCode(), reason, date));
	}

	/** Undoes an exit made in error. Refuses an active file. */
	void reactivate(Instant now) {
		if (status == ChildStatus.ACTIVE) {
			throw new NotAllowedNowException("child.active");
		}
		this.status = ChildStatus.ACTIVE;
		this.exitReason = null;
		this.exitDate = null;
		this.exitNote = null;
		this.updatedAt = now;
		events.add(() -> new ChildUpdated(id, getVillageCode(), changedFields));
	}

	/** Set by the protection module when a concluded mandatory report confirmed (or no longer confirms) harm. */
	void markHarmByGuardianConfirmed(boolean confirmed, Instant now) {
		markHarmByGuardianConfirmed(confirmed, null, now);
	}

	/** As above, with the phrase naming the report for the category's basis (kept as given when null). */
	void markHarmByGuardianConfirmed(boolean confirmed, String basis, Instant now) {
		this.harmByGuardianConfirmed = confirmed;
		if (basis != null) {
			this.harmByGuardianBasis = basis.length() > 300 ? basis.substring(0, 300) : basis;
		}
		this.updatedAt = now;
	}

	/**
	 * Set by the protection module as a temporary guardianship starts or ends: a mark for the lists, not file content
	 * (no history entry; the interventions are the record).
	 */
	void markTemporaryGuardianship(boolean active) {
		this.temporaryGuardianship = active;
	}

	boolean isTemporaryGuardianship() {
		return temporaryGuardianship;
	}

	int age(LocalDate today) {
		return age(birthDate, today);
	}

	/** Full years of a child born on {@code birthDate}, on {@code today}. */
	static int age(LocalDate birthDate, LocalDate today) {
		return Math.max(0, Period.between(birthDate, today).getYears());
	}

	Long getId() {
		return id;
	}

	long getVersion() {
		return version;
	}

	ChildStatus getStatus() {
		return status;
	}

	String getName() {
		return name;
	}

	String getIdNumber() {
		return idNumber;
	}

	Gender getGender() {
		return gender;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	String getVillageCode() {
		return region.villageCode();
	}

	String getTownshipCode() {
		return region.townshipCode();
	}

	ExitReason getExitReason() {
		return exitReason;
	}

	LocalDate getExitDate() {
		return exitDate;
	}

	String getExitNote() {
		return exitNote;
	}

	boolean isHarmByGuardianConfirmed() {
		return harmByGuardianConfirmed;
	}

	String getIdNumberHash() {
		return idNumberHash;
	}

	LocalDate getCategoriesEndedOn() {
		return categoriesEndedOn;
	}

	CategoriesEndedReason getCategoriesEndedReason() {
		return categoriesEndedReason;
	}

	String getKeptReason() {
		return keptReason;
	}

	Instant getKeptAt() {
		return keptAt;
	}

	String getKeptBy() {
		return keptBy;
	}

	LocalDate getNextReviewOn() {
		return nextReviewOn;
	}

	Instant getRegisteredAt() {
		return registeredAt;
	}

	String getRegisteredBy() {
		return registeredBy;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	private static ParentRecord parentRecord(ChildFile.Parent p) {
		return p == null ? null : new ParentRecord(p.name(), p.idNumber(), p.phone(), p.birthDate(), p.workplace());
	}

	private void addSituations(String parent, ChildFile.Parent p) {
		if (p != null) {
			p.situations().forEach(s -> situations.add(new SituationRecord(parent, s.type(), s.since(), s.until())));
		}
	}

	private ChildFile.Parent parent(ParentRecord record, String parent) {
		List<ChildFile.ParentSituation> list = situations.stream()
				.filter(s -> s.parent.equals(parent))
				.map(s -> new ChildFile.ParentSituation(s.type, s.since, s.until))
				.toList();
		if (record == null && list.isEmpty()) {
			return null;
		}
		return record == null ? new ChildFile.Parent(null, null, null, null, list, null)
				: new ChildFile.Parent(record.name, record.idNumber, record.phone, record.birthDate, list,
						record.workplace);
	}

	private List<Situation> facts(String parent) {
		return situations.stream()
				.filter(s -> s.parent.equals(parent))
				.map(s -> new Situation(s.type, s.since, s.until))
				.toList();
	}

	private static String join(List<? extends Enum<?>> values) {
		return values == null || values.isEmpty() ? null
				: values.stream().map(Enum::name).collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> List<E> split(String joined, Class<E> type) {
		if (joined == null || joined.isBlank()) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).map(v -> Enum.valueOf(type, v)).toList();
	}

	private static <E extends Enum<E>> Set<E> orAny(List<E> values, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		set.addAll(values);
		return set;
	}

	/**
	 * The file moves to another village (档案转移): its region columns change, nothing else. Registers
	 * {@link ChildUpdated} with the new village code (care schedules and statistics follow it). Either status.
	 */
	void move(String villageCode, Instant now) {
		this.region = RegionCodes.of(villageCode);
		this.updatedAt = now;
		events.add(() -> new ChildUpdated(id, getVillageCode(), changedFields));
	}
}
