package org.shouhu.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an imported row (摸底排查表) meets the file it updates: the template has no column for a parent's birth date,
 * a situation's dates or the caregiver's Art 22 check, so an update keeps those from the file instead of erasing
 * them; and the comparison that tells an identical row (nothing to change, no history) from a changed one.
 */
final class ImportMerge {

	private ImportMerge() {
	}

	/** {@code row} with the parts the template does not carry taken from {@code current}. */
	static ChildFile keepWhatTheTemplateLacks(ChildFile row, ChildFile current) {
		return keepWhatTheTemplateLacks(row, current, null);
	}

	/**
	 * The same, and (with {@code today}) the situations of {@code current} that ended before {@code today} are kept
	 * too: a 现状 cell holds only the current situations (the export writes no ended one), so an ended situation
	 * missing from the row is history, not a change. The file's order is kept.
	 */
	static ChildFile keepWhatTheTemplateLacks(ChildFile row, ChildFile current, LocalDate today) {
		return new ChildFile(row.name(), row.idNumber(), row.gender(), row.birthDate(), row.ethnicity(),
				row.hukouRegistered(), row.hukouType(), row.hukouAddress(), row.villageCode(), row.address(),
				row.health(), row.schooling(), parent(row.father(), current.father(), today),
				parent(row.mother(), current.mother(), today), caregiver(row.caregiver(), current.caregiver()),
				row.guardianship(), row.livingAlone(), row.familyIncome(), row.familyAssistance(), row.remarks(),
				current.version());
	}

	/** The file as stored would give it back: empty parts as {@code null}, yes/no defaults, no version. */
	static ChildFile canonical(ChildFile f) {
		ChildFile.Health h = f.health();
		ChildFile.Schooling s = f.schooling();
		ChildFile.Caregiver c = f.caregiver();
		return new ChildFile(f.name(), f.idNumber(), f.gender(), f.birthDate(), f.ethnicity(),
				!Boolean.FALSE.equals(f.hukouRegistered()), f.hukouType(), f.hukouAddress(), f.villageCode(),
				f.address(),
				h == null || allNull(h.status(), h.disabilityType(), h.disabilityGrade(), h.illness()) ? null : h,
				s == null || allNull(s.status(), s.schoolName(), s.boarding()) ? null : s, parent(f.father()),
				parent(f.mother()),
				c == null || allNull(c.name(), c.idNumber(), c.phone(), c.relation(), c.address(),
						c.confirmationSignedOn()) && (c.checklist() == null || c.checklist().nothingEntered()) ? null
								: new ChildFile.Caregiver(c.name(), c.idNumber(), c.phone(), c.relation(), c.address(),
										c.confirmationSignedOn(),
										c.checklist() == null || c.checklist().nothingEntered() ? null : c.checklist()),
				f.guardianship(), Boolean.TRUE.equals(f.livingAlone()), f.familyIncome(), f.familyAssistance(),
				f.remarks(), null);
	}

	private static ChildFile.Parent parent(ChildFile.Parent p) {
		return p == null || allNull(p.name(), p.idNumber(), p.phone(), p.birthDate(), p.workplace())
				&& p.situations().isEmpty() ? null : p;
	}

	private static ChildFile.Parent parent(ChildFile.Parent row, ChildFile.Parent current, LocalDate today) {
		if (row == null || current == null) {
			return row;
		}
		List<ChildFile.ParentSituation> situations = today == null ? row.situations().stream()
			.map(s -> current.situations().stream()
				.filter(old -> old.type() == s.type() && s.since() == null && s.until() == null)
				.findFirst()
				.orElse(s))
			.toList() : situations(row.situations(), current.situations(), today);
		return new ChildFile.Parent(row.name(), row.idNumber(), row.phone(),
				row.birthDate() == null ? current.birthDate() : row.birthDate(), situations, row.workplace());
	}

	/**
	 * In the file's order: its situations that ended before {@code today}, and its current ones that the row lists
	 * (their dates kept); then the row's situations the file does not hold as current.
	 */
	private static List<ChildFile.ParentSituation> situations(List<ChildFile.ParentSituation> row,
			List<ChildFile.ParentSituation> current, LocalDate today) {
		List<ChildFile.ParentSituation> left = new ArrayList<>(row);
		List<ChildFile.ParentSituation> merged = new ArrayList<>();
		for (ChildFile.ParentSituation old : current) {
			if (old.until() != null && old.until().isBefore(today)) {
				merged.add(old);
				continue;
			}
			left.stream()
				.filter(s -> s.type() == old.type() && s.since() == null && s.until() == null)
				.findFirst()
				.ifPresent(s -> {
					left.remove(s);
					merged.add(old);
				});
		}
		merged.addAll(left);
		return merged;
	}

	private static ChildFile.Caregiver caregiver(ChildFile.Caregiver row, ChildFile.Caregiver current) {
		if (row == null || current == null || current.checklist() == null || row.checklist() != null
				|| !Objects.equals(row.name(), current.name()) || !Objects.equals(row.idNumber(), current.idNumber())) {
			return row;
		}
		return new ChildFile.Caregiver(row.name(), row.idNumber(), row.phone(), row.relation(), row.address(),
				row.confirmationSignedOn(), current.checklist());
	}

	private static boolean allNull(Object... values) {
		for (Object v : values) {
			if (v != null) {
				return false;
			}
		}
		return true;
	}
}
