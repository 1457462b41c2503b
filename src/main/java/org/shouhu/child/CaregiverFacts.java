package org.shouhu.child;

import java.time.LocalDate;

/**
 * What caregiver oversight (the protection module) needs to know about a file's entrusted caregiver, without reading
 * the whole file: whether one is named, the date the 《委托监护责任确认书》 was signed, the Art 22 checklist and a digest
 * of who the caregiver is (SHA-256 of name and ID number), so that a new caregiver can be told from the one a case
 * opened with without handing out the ID number.
 *
 * @param caregiverNamed       whether the file names a caregiver
 * @param checklist            the Art 22 checklist as entered, {@code null} while not checked
 * @param caregiverDigest      {@code null} when no caregiver is named
 */
public record CaregiverFacts(long childId, String childName, String villageCode, boolean active, boolean leftBehind,
		boolean caregiverNamed, String caregiverName, LocalDate confirmationSignedOn,
		ChildFile.CaregiverChecklist checklist, String caregiverDigest) {
}
