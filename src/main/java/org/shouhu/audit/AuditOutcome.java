package org.shouhu.audit;

public enum AuditOutcome {
	SUCCESS, FAILURE, DENIED
}
