package org.shouhu.child;

import java.time.LocalDate;

/** A child left the registry (减员). */
public record ChildExited(long childId, String villageCode, ExitReason reason, LocalDate date) {
}
