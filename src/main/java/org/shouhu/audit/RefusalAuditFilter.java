package org.shouhu.audit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request that the application refused by role (a 403 from a service, on a page or the API). Runs
 * inside the security chain, so the refused caller is known; refusals by the chain itself are recorded by its
 * handler through {@link Refusals}.
 */
@Component
class RefusalAuditFilter extends OncePerRequestFilter {

	private final Refusals refusals;

	RefusalAuditFilter(Refusals refusals) {
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
			refusals.record(request);
		}
	}
}
