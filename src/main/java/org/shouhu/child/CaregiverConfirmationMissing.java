package org.shouhu.child;

/** A left-behind child whose entrusted caregiver has no signed 《委托监护责任确认书》, as the to-do list names it. */
public record CaregiverConfirmationMissing(long childId, String childName, String caregiverName, String villageCode,
		String villageName) {
}
