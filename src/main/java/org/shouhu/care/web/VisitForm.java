package org.shouhu.care.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.shouhu.care.Finding;
import org.shouhu.care.Findings;
import org.shouhu.care.MetWith;
import org.shouhu.care.NewVisit;
import org.shouhu.care.VisitMethod;
import org.shouhu.care.VisitType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The visit form. Field names are the JSON paths of {@link NewVisit} ({@code findings.safety}), so the service's field
 * problems land next to their inputs. {@code from} says where to return after saving ({@code file} or the to-do list).
 * Bound as JavaBeans.
 */
public class VisitForm {

	private VisitType type = VisitType.CONTACT;
	private VisitMethod method = VisitMethod.PHONE;
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate visitedOn;
	private List<MetWith> metWith = new ArrayList<>();
	private FindingsForm findings = new FindingsForm();
	private String problems;
	private String actions;
	private boolean followUpNeeded;
	private String from;

	/** A new form: today, everything normal, the child met; a home visit is made in person, a contact by phone. */
	static VisitForm preset(VisitType type, LocalDate today, String from) {
		VisitForm form = new VisitForm();
		form.type = type == null ? VisitType.CONTACT : type;
		form.method = form.type == VisitType.HOME_VISIT ? VisitMethod.IN_PERSON : VisitMethod.PHONE;
		form.visitedOn = today;
		form.metWith = new ArrayList<>(List.of(MetWith.CHILD));
		form.from = from;
		return form;
	}

	NewVisit toVisit() {
		return new NewVisit(type, method, visitedOn, List.copyOf(metWith), findings.toFindings(), problems, actions,
				followUpNeeded);
	}

	/** Whether to go back to the child's file after saving (else the to-do list). */
	boolean fromFile() {
		return "file".equals(from);
	}

	public static class FindingsForm {

		private Finding safety = Finding.NORMAL;
		private Finding health = Finding.NORMAL;
		private Finding schooling = Finding.NORMAL;
		private Finding psychology = Finding.NORMAL;
		private Finding guardianship = Finding.NORMAL;

		Findings toFindings() {
			return new Findings(safety, health, schooling, psychology, guardianship);
		}

		/** The finding of one area by its field name ({@code safety}), for the template's rows. */
		public Finding get(String area) {
			return switch (area) {
				case "safety" -> safety;
				case "health" -> health;
				case "schooling" -> schooling;
				case "psychology" -> psychology;
				case "guardianship" -> guardianship;
				default -> throw new IllegalArgumentException(area);
			};
		}

		public Finding getSafety() {
			return safety;
		}

		public void setSafety(Finding safety) {
			this.safety = safety;
		}

		public Finding getHealth() {
			return health;
		}

		public void setHealth(Finding health) {
			this.health = health;
		}

		public Finding getSchooling() {
			return schooling;
		}

		public void setSchooling(Finding schooling) {
			this.schooling = schooling;
		}

		public Finding getPsychology() {
			return psychology;
		}

		public void setPsychology(Finding psychology) {
			this.psychology = psychology;
		}

		public Finding getGuardianship() {
			return guardianship;
		}

		public void setGuardianship(Finding guardianship) {
			this.guardianship = guardianship;
		}
	}

	public VisitType getType() {
		return type;
	}

	public void setType(VisitType type) {
		this.type = type;
	}

	public VisitMethod getMethod() {
		return method;
	}

	public void setMethod(VisitMethod method) {
		this.method = method;
	}

	public LocalDate getVisitedOn() {
		return visitedOn;
	}

	public void setVisitedOn(LocalDate visitedOn) {
		this.visitedOn = visitedOn;
	}

	public List<MetWith> getMetWith() {
		return metWith;
	}

	public void setMetWith(List<MetWith> metWith) {
		this.metWith = metWith == null ? new ArrayList<>() : metWith;
	}

	public FindingsForm getFindings() {
		return findings;
	}

	public void setFindings(FindingsForm findings) {
		this.findings = findings;
	}

	public String getProblems() {
		return problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getActions() {
		return actions;
	}

	public void setActions(String actions) {
		this.actions = actions;
	}

	public boolean isFollowUpNeeded() {
		return followUpNeeded;
	}

	public void setFollowUpNeeded(boolean followUpNeeded) {
		this.followUpNeeded = followUpNeeded;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}
}
