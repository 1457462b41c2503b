package org.shouhu.transfer;

/**
 * The side that asked for a transfer: {@code RECEIVING} (a worker of the new village, by ID number) or
 * {@code HOLDING} (a worker covering the file). The other side decides.
 */
public enum TransferSide {

	RECEIVING("转入方"), HOLDING("转出方");

	private final String label;

	TransferSide(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
