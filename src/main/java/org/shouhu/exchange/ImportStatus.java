package org.shouhu.exchange;

/** The state of an import job: running in the background, done (every row handled), or failed (with a message). */
public enum ImportStatus {
	RUNNING, DONE, FAILED
}
