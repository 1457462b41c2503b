package org.shouhu.child;

import java.util.Set;

/**
 * A child file was created.
 *
 * @param caregiverChecked whether the file came with the caregiver's Art 22 checklist (only then can it open a
 *                         caregiver case), so that listeners after the commit can skip the files it cannot concern
 */
public record ChildRegistered(long childId, String villageCode, Set<Category> categories, boolean caregiverChecked) {
}
