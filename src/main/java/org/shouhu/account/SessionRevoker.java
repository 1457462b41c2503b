package org.shouhu.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

	/** Ends the account's sessions except the one of the current request (if any). */
	void endOtherSessionsOf(String username) {
		String current = currentSessionId();
		sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().stream()
				.filter(id -> !id.equals(current))
				.forEach(repository::deleteById));
	}

	private static String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}
}
