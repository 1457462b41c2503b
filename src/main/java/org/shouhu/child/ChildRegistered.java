package org.shouhu.child;

import java.util.Set;

/** A child file was created. */
public record ChildRegistered(long childId, String villageCode, Set<Category> categories) {
}
