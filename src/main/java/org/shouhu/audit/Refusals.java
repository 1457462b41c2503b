package org.shouhu.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.shouhu.common.Messages;
import org.springframework.stereotype.Component;

/**
 * Records a request refused by role (403) as a DENIED event: reads as VIEW, POST as CREATE, other writes as UPDATE;
 * a request about one child file names the file. Once per request, whichever of the security chain's handler and
 * {@link RefusalAuditFilter} sees the refusal first.
 */
@Component
public class Refusals {

	private static final Pattern CHILD_PATH = Pattern.compile("^(?:/api/v1)?/children/(\\d{1,18})(?:/.*)?$");
	private static final String RECORDED = Refusals.class.getName() + ".RECORDED";

	private final AuditTrail audit;
	private final Messages messages;

	Refusals(AuditTrail audit, Messages messages) {
		this.audit = audit;
		this.messages = messages;
	}

	/** Records the refusal of this request, by the authenticated caller, unless it has been recorded already. */
	public void record(HttpServletRequest request) {
		record(request, null);
	}

	/**
	 * Records the refusal of this request by a named actor (a caller refused before the request is authenticated),
	 * or by the authenticated caller when {@code actor} is null; once per request.
	 */
	public void record(HttpServletRequest request, String actor) {
		if (request.getAttribute(RECORDED) != null) {
			return;
		}
		request.setAttribute(RECORDED, Boolean.TRUE);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher child = CHILD_PATH.matcher(path);
		String method = request.getMethod();
		String detail = messages.get("audit.refused", method, abbreviated(path));
		String subjectType = child.matches() ? AuditTrail.CHILD : null;
		Long subjectId = child.matches() ? Long.valueOf(child.group(1)) : null;
		if (actor == null) {
			audit.record(action(method), subjectType, subjectId, AuditOutcome.DENIED, detail);
		}
		else {
			audit.record(actor, action(method), subjectType, subjectId, AuditOutcome.DENIED, detail);
		}
	}

	private static AuditAction action(String method) {
		return switch (method) {
			case "GET", "HEAD" -> AuditAction.VIEW;
			case "POST" -> AuditAction.CREATE;
			default -> AuditAction.UPDATE;
		};
	}

	private static String abbreviated(String path) {
		return path.length() <= 200 ? path : path.substring(0, 200) + "…";
	}
}
