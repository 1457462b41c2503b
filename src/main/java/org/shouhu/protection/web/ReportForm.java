package org.shouhu.protection.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The mandatory-report form (templates/protection/report-form.html). Field names are those of the API's body
 * ({@code situation}, {@code occurredOn}, {@code childId} …), so the service's field problems land next to their
 * inputs. {@code child} says how the child is given: {@code FILE} (one of the caller's files, {@code childId}) or
 * {@code NEW} (not on file: {@code childName} and {@code villageCode}); {@code q} is the search among the files.
 * {@code receivedAt} is the local time (Asia/Shanghai) the hotline call came in, shown to county civil affairs only.
 * {@code suggestion} is the id of the report suggestion that opened the form, kept and passed on unchanged.
 * Bound as JavaBeans; codes stay text here and are read by the controller, so that an unknown code is a field problem.
 */
public class ReportForm {

	static final String FROM_FILE = "FILE";
	static final String NOT_ON_FILE = "NEW";

	private String situation;
	private String description;
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate occurredOn;
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime receivedAt;
	private String reporterType;
	private String reporterName;
	private String reporterPhone;
	private String child = FROM_FILE;
	private Long childId;
	private String childName;
	private String villageCode;
	private String q;
	private String suggestion;

	boolean fromFile() {
		return !NOT_ON_FILE.equals(child);
	}

	public String getSituation() {
		return situation;
	}

	public void setSituation(String situation) {
		this.situation = situation;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public LocalDateTime getReceivedAt() {
		return receivedAt;
	}

	public void setReceivedAt(LocalDateTime receivedAt) {
		this.receivedAt = receivedAt;
	}

	public String getReporterType() {
		return reporterType;
	}

	public void setReporterType(String reporterType) {
		this.reporterType = reporterType;
	}

	public String getReporterName() {
		return reporterName;
	}

	public void setReporterName(String reporterName) {
		this.reporterName = reporterName;
	}

	public String getReporterPhone() {
		return reporterPhone;
	}

	public void setReporterPhone(String reporterPhone) {
		this.reporterPhone = reporterPhone;
	}

	public String getChild() {
		return child;
	}

	public void setChild(String child) {
		this.child = child;
	}

	public Long getChildId() {
		return childId;
	}

	public void setChildId(Long childId) {
		this.childId = childId;
	}

	public String getChildName() {
		return childName;
	}

	public void setChildName(String childName) {
		this.childName = childName;
	}

	public String getVillageCode() {
		return villageCode;
	}

	public void setVillageCode(String villageCode) {
		this.villageCode = villageCode;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getSuggestion() {
		return suggestion;
	}

	public void setSuggestion(String suggestion) {
		this.suggestion = suggestion;
	}
}
