package org.shouhu.tasks.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.shouhu.common.Messages;
import org.springframework.stereotype.Component;

/** Wording of to-do items on the home page (templates call it as {@code @taskFormat}): due dates relative to today. */
@Component("taskFormat")
class TaskFormat {

	private final Clock clock;
	private final Messages messages;

	TaskFormat(Clock clock, Messages messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/** {@code 逾期 3 天}, {@code 今天到期}, {@code 明天到期}, {@code 5 天后到期（6月3日）}. */
	public String due(LocalDate dueOn) {
		if (dueOn == null) {
			return "";
		}
		long days = ChronoUnit.DAYS.between(LocalDate.now(clock), dueOn);
		if (days < 0) {
			return messages.get("tasks.due.overdue", String.valueOf(-days));
		}
		if (days == 0) {
			return messages.get("tasks.due.today");
		}
		if (days == 1) {
			return messages.get("tasks.due.tomorrow");
		}
		return messages.get("tasks.due.later", String.valueOf(days), String.valueOf(dueOn.getMonthValue()),
				String.valueOf(dueOn.getDayOfMonth()));
	}
}
