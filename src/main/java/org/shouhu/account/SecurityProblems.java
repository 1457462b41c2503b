package org.shouhu.account;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shouhu.audit.Refusals;
import org.shouhu.common.Messages;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 of the API as problem details with Chinese title and detail. */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;
	private final Messages messages;
	private final Refusals refusals;

	SecurityProblems(JsonMapper json, Messages messages, Refusals refusals) {
		this.json = json;
		this.messages = messages;
		this.refusals = refusals;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		boolean badToken = request.getAttribute(TokenAuthenticationFilter.INVALID_TOKEN) != null;
		response.setHeader("WWW-Authenticate", badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		write(response, 401, messages.get("common.problem.unauthenticated"), messages.get(badToken
				? "common.problem.invalidToken.detail" : "common.problem.unauthenticated.detail"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		refusals.record(request);
		write(response, 403, messages.get("common.problem.forbidden"),
				messages.get("common.problem.accessDenied.detail"));
	}

	/** 403: the account must change the password a security admin chose before using the API. */
	void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response, String actor)
			throws IOException {
		refusals.record(request, actor);
		write(response, 403, messages.get("account.problem.passwordChangeRequired"),
				messages.get("account.problem.passwordChangeRequired.detail"));
	}

	void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		response.setStatus(status);
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), body);
	}
}
