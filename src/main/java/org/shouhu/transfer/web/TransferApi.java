package org.shouhu.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.common.ConflictWhen;
import org.shouhu.common.ListPage;
import org.shouhu.transfer.NewTransfer;
import org.shouhu.transfer.TransferStatus;
import org.shouhu.transfer.TransferView;
import org.shouhu.transfer.Transfers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * File transfers over REST (API.md "Import, export, rounds, transfers and statistics"). Rules, scoping and audit
 * live in {@link Transfers}.
 */
@RestController
@Tag(name = "Transfers", description = "File transfer when a child moves (档案转移): request, accept, reject.")
@RequestMapping("/api/v1/transfers")
class TransferApi {

	private final Transfers transfers;

	TransferApi(Transfers transfers) {
		this.transfers = transfers;
	}

	@PostMapping
	@Operation(summary = "Ask for a file transfer (by ID number as the receiving side, by childId as the holding side)",
			operationId = "requestTransfer")
	@ResponseStatus(HttpStatus.CREATED)
	@ConflictWhen("The child has an open transfer already")
	TransferView request(@RequestBody NewTransfer request) {
		return transfers.request(request);
	}

	@GetMapping
	@Operation(summary = "The caller's incoming or outgoing transfers, newest first", operationId = "listTransfers")
	ListPage<TransferView> list(@RequestParam(required = false) String direction,
			@RequestParam(required = false) TransferStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return transfers.list(direction, status, page, size);
	}

	@GetMapping("/{transferId}")
	@Operation(summary = "Read a transfer (either side)", operationId = "getTransfer")
	TransferView find(@PathVariable long transferId) {
		return transfers.find(transferId);
	}

	@PostMapping("/{transferId}/accept")
	@Operation(summary = "Accept a requested transfer: the file moves", operationId = "acceptTransfer")
	@ConflictWhen("The transfer is not REQUESTED, it was decided meanwhile, or the file moved")
	TransferView accept(@PathVariable long transferId, @RequestBody(required = false) Decision decision) {
		return transfers.accept(transferId, decision == null ? null : decision.reason());
	}

	@PostMapping("/{transferId}/reject")
	@Operation(summary = "Reject a requested transfer: the file stays", operationId = "rejectTransfer")
	@ConflictWhen("The transfer is not REQUESTED, or it was decided meanwhile")
	TransferView reject(@PathVariable long transferId, @RequestBody(required = false) Decision decision) {
		return transfers.reject(transferId, decision == null ? null : decision.reason());
	}

	@PostMapping("/{transferId}/withdraw")
	@Operation(summary = "Withdraw a requested transfer (whoever asked): the file stays", operationId = "withdrawTransfer")
	@ConflictWhen("The transfer is not REQUESTED, or it was decided meanwhile")
	TransferView withdraw(@PathVariable long transferId, @RequestBody(required = false) Decision ignored) {
		return transfers.withdraw(transferId);
	}

	/** The decision's optional reason. */
	record Decision(String reason) {
	}
}
