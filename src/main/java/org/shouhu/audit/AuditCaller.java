package org.shouhu.audit;

/**
 * Who calls, as the audit trail needs it; supplied by the accounts module (which depends on this one, so the audit
 * trail uses the accounts' caller check through this interface, like {@link AuditNames}).
 */
public interface AuditCaller {

	/** The login name recorded as the actor of the current request's events; {@code anonymous} when nobody is signed in. */
	String actor();

	/** Whether the caller may read the audit trail (审计管理员 only, 等保 separation of duties). */
	boolean mayReadAuditTrail();

	/** Whether the caller's roles work with child files, so that the audit page may link an event to its file. */
	boolean worksWithChildFiles();
}
