package org.shouhu.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.shouhu.region.RegionCodes;

/**
 * A work log entry (工作日志) of a director or supervisor. Keeps the author's jurisdiction at writing time, split into
 * the region columns, so that it is visible up the jurisdiction. Only its author may edit it, within
 * {@value WorkLogs#EDIT_DAYS} days of writing.
 */
@Entity
@Table(name = "work_log")
class WorkLog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "worked_on", nullable = false)
	private LocalDate workedOn;

	@Column(nullable = false, length = 2000)
	private String content;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Column(name = "author_name", nullable = false, length = 100)
	private String authorName;

	@Column(name = "region_code", nullable = false, length = 12)
	private String regionCode;

	@Embedded
	private RegionCodes region;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "work_log_child", joinColumns = @JoinColumn(name = "work_log_id"))
	@Column(name = "child_id", nullable = false)
	@BatchSize(size = 100)
	private Set<Long> childIds = new LinkedHashSet<>();

	protected WorkLog() {
	}

	WorkLog(LocalDate workedOn, String content, Set<Long> childIds, long authorId, String authorName,
			String jurisdiction, Instant now) {
		this.workedOn = workedOn;
		this.content = content;
		this.childIds.addAll(childIds);
		this.authorId = authorId;
		this.authorName = authorName;
		this.regionCode = jurisdiction;
		this.region = RegionCodes.of(jurisdiction);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Whether {@code userId} may still edit this entry on {@code today} (written at most EDIT_DAYS days before). */
	boolean editableBy(long userId, LocalDate today, java.time.ZoneId zone) {
		return userId == authorId && !today.isAfter(LocalDate.ofInstant(createdAt, zone).plusDays(WorkLogs.EDIT_DAYS));
	}

	/** Replaces the content; the caller has checked the author and the edit window. */
	void edit(LocalDate workedOn, String content, Set<Long> childIds, Instant now) {
		this.workedOn = workedOn;
		this.content = content;
		this.childIds.clear();
		this.childIds.addAll(childIds);
		this.updatedAt = now;
	}

	Long getId() {
		return id;
	}

	long getVersion() {
		return version;
	}

	LocalDate getWorkedOn() {
		return workedOn;
	}

	String getContent() {
		return content;
	}

	long getAuthorId() {
		return authorId;
	}

	String getAuthorName() {
		return authorName;
	}

	String getRegionCode() {
		return regionCode;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Set<Long> getChildIds() {
		return childIds;
	}
}
