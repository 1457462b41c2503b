package org.shouhu.child;

import java.time.LocalDate;

/**
 * An active file that holds no category any more and was not kept with a reason (保留在册): it is suggested for exit
 * (减员).
 *
 * @param since  the day its last category ended
 * @param reason why, e.g. {@link CategoriesEndedReason#AGED_16}
 * @param note   a Chinese sentence saying so, for items of other modules about the file (why its visits still appear)
 */
public record ExitSuggestion(long childId, LocalDate since, CategoriesEndedReason reason, String reasonLabel,
		String note) {
}
