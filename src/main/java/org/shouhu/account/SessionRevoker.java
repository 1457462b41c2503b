package org.shouhu.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends the page sessions of an account (Spring Session JDBC indexes sessions by principal name). */
@Component
class SessionRevoker {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionRevoker(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(String username) {
		sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet()
				.forEach(repository::deleteById));
	}
}
