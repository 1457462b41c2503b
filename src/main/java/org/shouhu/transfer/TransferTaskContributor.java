package org.shouhu.transfer;

import java.time.LocalDate;
import java.util.List;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.Messages;
import org.shouhu.region.Regions;
import org.shouhu.tasks.TaskContributor;
import org.shouhu.tasks.TaskItem;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Transfers waiting for the caller's decision (type {@value #TRANSFER_TO_DECIDE}) for civil affairs and supervisors
 * covering the side that did not ask, oldest first. The item names the child only when the caller may open the file
 * (the holding side decides); it is grouped under the decider's village and links to the transfer page.
 */
@Component
class TransferTaskContributor implements TaskContributor {

	static final String TRANSFER_TO_DECIDE = "TRANSFER_TO_DECIDE";

	private final Transfers transfers;
	private final Messages messages;
	private final Regions regions;
	private final Clock clock;

	TransferTaskContributor(Transfers transfers, Messages messages, Regions regions, Clock clock) {
		this.transfers = transfers;
		this.messages = messages;
		this.regions = regions;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "transfer";
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public boolean serves(CurrentUser caller) {
		return caller.has(Role.CIVIL_AFFAIRS) || caller.has(Role.SUPERVISOR);
	}

	@Override
	public List<TaskItem> itemsFor(CurrentUser caller) {
		return transfers.toDecide(caller, Transfers.TASK_LIMIT).stream().map(this::item).toList();
	}

	@Override
	public String groupOf(TaskItem item) {
		return "open";
	}

	@Override
	public String itemTemplate() {
		return "transfer/tasks";
	}

	private TaskItem item(TransferView t) {
		boolean incoming = t.requestedSide() == TransferSide.HOLDING;
		String village = incoming ? t.toVillageCode() : t.fromVillageCode();
		String title = incoming
				? messages.get("transfer.task.incoming", t.fromTownship(), t.toVillageName())
				: messages.get("transfer.task.outgoing", t.childName() == null ? t.idNumber() : t.childName(),
						t.toVillageName());
		return new TaskItem(TRANSFER_TO_DECIDE, LocalDate.ofInstant(t.requestedAt(), clock.getZone()), title, false,
				t.childId(), t.childName(), village, village == null ? null : regions.name(village), null, null, null,
				null, null, null, messages.get("transfer.task.note", t.requestedBy(), t.reason()))
			.withTransferId(t.id());
	}
}
