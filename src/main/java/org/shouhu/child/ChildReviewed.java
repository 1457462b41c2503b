package org.shouhu.child;

import java.time.LocalDate;

/**
 * The daily review re-read a file on {@code on} because a date in it came due (an age boundary, a six-month
 * duration, the end of a parent's situation), whether or not its categories changed: facts other modules derive from
 * the file (a parent's current situation) may have changed.
 */
public record ChildReviewed(long childId, String villageCode, LocalDate on) {
}
