package org.shouhu.account;

import org.shouhu.audit.AuditCaller;
import org.springframework.stereotype.Component;

/** The audit trail's view of the caller: {@link CurrentUser}'s login name, and whether they are an audit admin. */
@Component
class AccountAuditCaller implements AuditCaller {

	/** The actor of events nobody signed in caused. */
	static final String ANONYMOUS = "anonymous";

	@Override
	public String actor() {
		return CurrentUser.find().map(CurrentUser::getName).orElse(ANONYMOUS);
	}

	@Override
	public boolean mayReadAuditTrail() {
		return CurrentUser.find().filter(user -> user.has(Role.AUDIT_ADMIN)).isPresent();
	}

	@Override
	public boolean worksWithChildFiles() {
		return CurrentUser.find().filter(CurrentUser::worksWithChildFiles).isPresent();
	}
}
