package org.shouhu.exchange;

/** The uploaded workbook cannot be imported at all (not a readable xlsx, wrong headers): the job fails, nothing changed. */
class ImportFileException extends RuntimeException {

	private final String key;
	private final transient Object[] args;

	ImportFileException(String key, Object... args) {
		super(key, null, false, false);
		this.key = key;
		this.args = args;
	}

	String key() {
		return key;
	}

	Object[] args() {
		return args;
	}
}
