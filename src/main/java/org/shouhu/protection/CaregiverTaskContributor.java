package org.shouhu.protection;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.child.CaregiverConfirmationMissing;
import org.shouhu.child.CaregiverFiles;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildSummary;
import org.shouhu.common.Messages;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.stereotype.Component;

/**
 * Caregiver oversight's items on the to-do list (section {@code protection}), for the village's director and the
 * township's supervisor: open caregiver cases ({@value #CASE_OPEN}, with {@code caseId}; overdue once open
 * {@value #NOTIFY_WITHIN_DAYS} days without the parents told) and left-behind children whose caregiver has no signed
 * 《委托监护责任确认书》 ({@value #CONFIRMATION_MISSING}). Both read the caller's jurisdiction in their queries.
 */
@Component
class CaregiverTaskContributor implements TaskContributor {

	static final String CASE_OPEN = "CAREGIVER_CASE_OPEN";
	static final String CONFIRMATION_MISSING = "CAREGIVER_CONFIRMATION_MISSING";

	/** Days within which the parents should be told after a case opened (then the item is overdue). */
	static final int NOTIFY_WITHIN_DAYS = 7;

	/** Most items of each type listed. */
	static final int LIMIT = 200;

	private final CaregiverCases cases;
	private final CaregiverFiles caregivers;
	private final ChildManagement children;
	private final Messages messages;
	private final Clock clock;

	CaregiverTaskContributor(CaregiverCases cases, CaregiverFiles caregivers, ChildManagement children,
			Messages messages, Clock clock) {
		this.cases = cases;
		this.caregivers = caregivers;
		this.children = children;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "protection";
	}

	@Override
	public int order() {
		return 160;
	}

	@Override
	public boolean serves(CurrentUser caller) {
		return caller.has(Role.CHILD_DIRECTOR) || caller.has(Role.SUPERVISOR);
	}

	@Override
	public List<TaskItem> itemsFor(CurrentUser caller) {
		LocalDate today = LocalDate.now(clock);
		List<TaskItem> items = new ArrayList<>();
		List<CaregiverCaseView> open = cases.openCasesFor(caller, LIMIT);
		Map<Long, ChildSummary> names = children.summaries(open.stream().map(CaregiverCaseView::childId).toList());
		List<TaskItem> caseItems = new ArrayList<>();
		for (CaregiverCaseView c : open) {
			ChildSummary child = names.get(c.childId());
			if (child == null) {
				continue; // moved out of the caller's jurisdiction since the case opened
			}
			boolean notified = c.parentsNotifiedOn() != null;
			LocalDate due = c.openedOn().plusDays(NOTIFY_WITHIN_DAYS);
			caseItems.add(TaskItem
				.aboutChild(CASE_OPEN, due, messages.get("protection.caregiver.task.caseOpen", child.name()),
						!notified && due.isBefore(today), child.id(), child.name(), child.villageCode(),
						child.villageName())
				.withCaseId(c.id())
				.withNote(notified
						? messages.get("protection.caregiver.task.caseNotified", c.reasonLabel(),
								c.parentsNotifiedOn().toString())
						: messages.get("protection.caregiver.task.caseNote", c.reasonLabel(), c.openedOn().toString())));
		}
		caseItems.stream().filter(TaskItem::overdue).forEach(items::add);
		caseItems.stream().filter(i -> !i.overdue()).forEach(items::add);
		for (CaregiverConfirmationMissing m : caregivers.confirmationMissing(caller, LIMIT)) {
			items.add(TaskItem
				.aboutChild(CONFIRMATION_MISSING, today,
						messages.get("protection.caregiver.task.confirmationMissing", m.childName()), false,
						m.childId(), m.childName(), m.villageCode(), m.villageName())
				.withNote(messages.get("protection.caregiver.task.confirmationMissingNote",
						m.caregiverName() == null ? "" : m.caregiverName())));
		}
		return items;
	}
}
