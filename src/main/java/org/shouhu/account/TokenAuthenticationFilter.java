package org.shouhu.account;

import java.io.IOException;

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
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	static final String INVALID_TOKEN = TokenAuthenticationFilter.class.getName() + ".INVALID";
	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	TokenAuthenticationFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			String raw = header.substring(PREFIX.length()).trim();
			tokens.authenticate(raw).ifPresentOrElse(user -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(AccountAuthenticationProvider.authenticated(user));
				SecurityContextHolder.setContext(context);
			}, () -> request.setAttribute(INVALID_TOKEN, Boolean.TRUE));
		}
		chain.doFilter(request, response);
	}
}
