package org.shouhu.account;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests carrying {@code Authorization: Bearer <token>}. An unknown or expired token leaves the
 * request unauthenticated (→ 401 where authentication is required) and marks it so the 401 can say why.
 * <p>
 * The token of an account whose password a security admin chose (new account, reset) opens only the password
 * change ({@code POST /api/v1/auth/password}), the sign-out ({@code DELETE /api/v1/auth/token}) and the public
 * addresses until the user has chosen their own: everything else answers 403 with a problem detail saying so.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	static final String INVALID_TOKEN = TokenAuthenticationFilter.class.getName() + ".INVALID";
	private static final String PREFIX = "Bearer ";

	private static final List<String> PUBLIC = List.of("/api/v1/regions/", "/api/v1/openapi", "/api/v1/docs");

	private final ApiTokens tokens;
	private final SecurityProblems problems;

	TokenAuthenticationFilter(ApiTokens tokens, SecurityProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			String raw = header.substring(PREFIX.length()).trim();
			Optional<ApiTokens.Holder> holder = tokens.holder(raw);
			if (holder.isEmpty()) {
				request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
			}
			else if (holder.get().passwordChangeRequired() && !openBeforePasswordChange(request)) {
				problems.passwordChangeRequired(request, response, holder.get().user().getName());
				return;
			}
			else {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(AccountAuthenticationProvider.authenticated(holder.get().user()));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean openBeforePasswordChange(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String method = request.getMethod();
		return "POST".equals(method) && path.equals("/api/v1/auth/password")
				|| ("DELETE".equals(method) || "POST".equals(method)) && path.equals("/api/v1/auth/token")
				|| PUBLIC.stream().anyMatch(path::startsWith);
	}
}
