package org.shouhu.child.rules;

import java.time.LocalDate;

import org.shouhu.child.SituationType;

/** One situation of a parent, with optional {@code since} and {@code until} dates. */
public record Situation(SituationType type, LocalDate since, LocalDate until) {
}
