package org.shouhu.protection.web;

import java.time.LocalDate;

import org.shouhu.protection.InterventionType;
import org.shouhu.protection.NewIntervention;
import org.shouhu.protection.Placement;
import org.shouhu.protection.TemporaryGuardianshipBasis;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The form to record a step of the intervention ladder. Field names are those of {@link NewIntervention}, so the
 * service's field problems land next to their inputs. Bound as JavaBeans.
 */
public class InterventionForm {

	private InterventionType type;
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate startedOn;
	private String actingUnit;
	private String note;
	private TemporaryGuardianshipBasis basis;
	private Placement placement;
	private String placementDetail;

	static InterventionForm preset(InterventionType type, LocalDate today) {
		InterventionForm form = new InterventionForm();
		form.type = type;
		form.startedOn = today;
		return form;
	}

	NewIntervention toNew() {
		return new NewIntervention(type, startedOn, actingUnit, note, basis, placement, placementDetail);
	}

	public InterventionType getType() {
		return type;
	}

	public void setType(InterventionType type) {
		this.type = type;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public String getActingUnit() {
		return actingUnit;
	}

	public void setActingUnit(String actingUnit) {
		this.actingUnit = actingUnit;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public TemporaryGuardianshipBasis getBasis() {
		return basis;
	}

	public void setBasis(TemporaryGuardianshipBasis basis) {
		this.basis = basis;
	}

	public Placement getPlacement() {
		return placement;
	}

	public void setPlacement(Placement placement) {
		this.placement = placement;
	}

	public String getPlacementDetail() {
		return placementDetail;
	}

	public void setPlacementDetail(String placementDetail) {
		this.placementDetail = placementDetail;
	}
}
