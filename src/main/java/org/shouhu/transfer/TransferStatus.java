package org.shouhu.transfer;

/** Where a transfer stands: asked, then accepted (the file moved), rejected, or withdrawn by whoever asked. */
public enum TransferStatus {

	REQUESTED("待处理"), ACCEPTED("已同意"), REJECTED("已拒绝"), WITHDRAWN("已撤回");

	private final String label;

	TransferStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
