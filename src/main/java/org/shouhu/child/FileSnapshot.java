package org.shouhu.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.shouhu.common.Masking;
import org.shouhu.common.Messages;
import org.shouhu.region.Regions;

/**
 * A file as display strings keyed by JSON path, for the change history. ID and phone numbers are masked here, so the
 * history never holds them in plain text.
 */
final class FileSnapshot {

	private final Map<String, String> values = new LinkedHashMap<>();

	private FileSnapshot() {
	}

	/** The empty file (before registration). */
	static FileSnapshot empty() {
		return new FileSnapshot();
	}

	static FileSnapshot of(Child child, Regions regions, Messages messages) {
		FileSnapshot s = new FileSnapshot();
		String yes = messages.get("child.history.yes");
		ChildFile f = child.content();
		s.put("name", f.name());
		s.put("idNumber", Masking.idNumber(f.idNumber()));
		s.put("gender", label(f.gender()));
		s.put("birthDate", date(f.birthDate()));
		s.put("ethnicity", f.ethnicity());
		s.put("hukouRegistered", yesNo(f.hukouRegistered(), messages));
		s.put("hukouType", label(f.hukouType()));
		s.put("hukouAddress", f.hukouAddress());
		s.put("villageCode", f.villageCode() == null ? null : regions.fullName(f.villageCode()) + "（" + f.villageCode() + "）");
		s.put("address", f.address());
		if (f.health() != null) {
			s.put("health.status", label(f.health().status()));
			s.put("health.disabilityType", f.health().disabilityType());
			s.put("health.disabilityGrade", f.health().disabilityGrade() == null ? null : messages.get("child.history.grade", f.health().disabilityGrade()));
			s.put("health.illness", f.health().illness());
		}
		if (f.schooling() != null) {
			s.put("schooling.status", label(f.schooling().status()));
			s.put("schooling.schoolName", f.schooling().schoolName());
			s.put("schooling.boarding", yesNo(f.schooling().boarding(), messages));
		}
		parent(s, "father", f.father(), messages);
		parent(s, "mother", f.mother(), messages);
		if (f.caregiver() != null) {
			ChildFile.Caregiver c = f.caregiver();
			s.put("caregiver.name", c.name());
			s.put("caregiver.idNumber", Masking.idNumber(c.idNumber()));
			s.put("caregiver.phone", Masking.phone(c.phone()));
			s.put("caregiver.relation", label(c.relation()));
			s.put("caregiver.address", c.address());
			s.put("caregiver.confirmationSignedOn", date(c.confirmationSignedOn()));
			if (c.checklist() != null) {
				s.put("caregiver.caregiverChecklistAdult", yesNo(c.checklist().adult(), messages));
				s.put("caregiver.caregiverChecklistCapable", yesNo(c.checklist().capable(), messages));
				s.put("caregiver.caregiverChecklistDisqualifications", labels(c.checklist().disqualifications()));
			}
		}
		s.put("guardianship", label(f.guardianship()));
		s.put("livingAlone", Boolean.TRUE.equals(f.livingAlone()) ? yes : null);
		s.put("familyIncome", labels(f.familyIncome()));
		s.put("familyAssistance", labels(f.familyAssistance()));
		s.put("remarks", f.remarks());
		s.put("harmByGuardianConfirmed", child.isHarmByGuardianConfirmed() ? yes : null);
		s.put("categories", child.categories().stream().map(CategoryView::label).collect(Collectors.joining("、")));
		s.put("status", child.getStatus().label());
		s.put("exitReason", label(child.getExitReason()));
		s.put("exitDate", date(child.getExitDate()));
		s.put("exitNote", child.getExitNote());
		s.put("keptReason", child.getKeptReason());
		return s;
	}

	/** Field-level changes from {@code before} to this snapshot, in field order. */
	List<ChildHistoryEntry.Change> changesSince(FileSnapshot before) {
		Set<String> fields = new LinkedHashSet<>(values.keySet());
		fields.addAll(before.values.keySet());
		List<ChildHistoryEntry.Change> changes = new ArrayList<>();
		for (String field : fields) {
			String from = before.values.get(field);
			String to = values.get(field);
			if (!Objects.equals(from, to)) {
				changes.add(new ChildHistoryEntry.Change(field, from, to));
			}
		}
		return changes;
	}

	private static void parent(FileSnapshot s, String path, ChildFile.Parent p, Messages messages) {
		if (p == null) {
			return;
		}
		s.put(path + ".name", p.name());
		s.put(path + ".idNumber", Masking.idNumber(p.idNumber()));
		s.put(path + ".phone", Masking.phone(p.phone()));
		s.put(path + ".birthDate", date(p.birthDate()));
		s.put(path + ".situations", p.situations().stream().map(x -> situation(x, messages)).collect(Collectors.joining("、")));
		s.put(path + ".workplace", p.workplace());
	}

	private static String situation(ChildFile.ParentSituation s, Messages messages) {
		String text = label(s.type());
		if (s.since() != null || s.until() != null) {
			text += "（" + (s.since() == null ? "" : messages.get("child.history.since", s.since().toString()))
					+ (s.until() == null ? "" : messages.get("child.history.until", s.until().toString())) + "）";
		}
		return text;
	}

	private void put(String field, String value) {
		if (value != null && !value.isEmpty()) {
			values.put(field, value);
		}
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static String yesNo(Boolean value, Messages messages) {
		return value == null ? null : messages.get(value ? "child.history.yes" : "child.history.no");
	}

	private static String label(Enum<?> value) {
		if (value == null) {
			return null;
		}
		try {
			return (String) value.getClass().getMethod("label").invoke(value);
		}
		catch (ReflectiveOperationException e) {
			return value.name();
		}
	}

	private static String labels(List<? extends Enum<?>> values) {
		return values == null ? null : values.stream().map(FileSnapshot::label).collect(Collectors.joining("、"));
	}
}
