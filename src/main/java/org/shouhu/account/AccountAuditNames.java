package org.shouhu.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.shouhu.audit.AuditNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the accounts that appear in audit events (as actor by login name, as subject by id). */
@Component
@Transactional(readOnly = true)
class AccountAuditNames implements AuditNames {

	private final UserRepository users;

	AccountAuditNames(UserRepository users) {
		this.users = users;
	}

	@Override
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (!usernames.isEmpty()) {
			users.findByUsernameIn(usernames).forEach(u -> names.put(u.getUsername(), u.getDisplayName()));
		}
		return names;
	}

	@Override
	public Map<Long, Account> accounts(Collection<Long> ids) {
		Map<Long, Account> accounts = new HashMap<>();
		if (!ids.isEmpty()) {
			users.findAllById(ids).forEach(u -> accounts.put(u.getId(), new Account(u.getDisplayName(), u.getUsername())));
		}
		return accounts;
	}
}
