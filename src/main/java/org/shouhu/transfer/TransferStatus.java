package org.shouhu.transfer;

/** Where a transfer stands: asked, then accepted (the file moved) or rejected. */
public enum TransferStatus {

	REQUESTED("待处理"), ACCEPTED("已同意"), REJECTED("已拒绝");

	private final String label;

	TransferStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
