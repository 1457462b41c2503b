package org.shouhu.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Readable names for the people in audit events, supplied by the module that owns the accounts (the audit trail
 * itself stores login names and ids only). Names are today's, not those at the time of the event. Audit admins see
 * every event, so these names are theirs to see; child files are never named.
 */
public interface AuditNames {

	/** Display names by login name, for the login names that belong to an account; others are left out. */
	Map<String, String> displayNames(Collection<String> usernames);

	/** Display name and login name by account id, for the ids that belong to an account; others are left out. */
	Map<Long, Account> accounts(Collection<Long> ids);

	/** An account as the audit page names it. */
	record Account(String displayName, String username) {
	}
}
