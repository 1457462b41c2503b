package org.shouhu.account;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.audit.Refusals;
import org.shouhu.common.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: {@code /api/**} is stateless with bearer tokens ({@link ApiTokens}) and answers 401/403 as
 * problem details; everything else is the pages with form login at {@code /login}, CSRF protection and sessions kept
 * in the database (Spring Session JDBC, 30 minutes idle). Role checks are not made here nor with annotations: the
 * application services check their caller ({@link Callers}, docs/architecture.md "Caller check").
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The Content-Security-Policy of every response (pages, API, errors, static files): scripts, styles, fonts and
	 * requests from the application itself only, images also as {@code data:} (the SVG icons of the API docs), no
	 * plugin, no frame around a page, forms sent only to the application. No inline script or handler and no
	 * {@code style} attribute or {@code <style>} in a template ({@code TemplatePolicyTests} checks); a script may set
	 * {@code element.style} (the chart does).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The headers of both chains: Spring Security's defaults (no-cache, nosniff, HSTS on secure requests, frame
	 * options) with DENY, the {@link #CONTENT_SECURITY_POLICY} and {@code Referrer-Policy: same-origin} (an address
	 * with a child's id in it never leaves for another site).
	 */
	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.frameOptions(frame -> frame.deny())
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/**
	 * Delegating encoder: new hashes are bcrypt ({@code {bcrypt}…}); the prefix allows upgrading later. A password
	 * over bcrypt's 72 bytes never matches ({@link BoundedPasswordEncoder}).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	@Bean
	AccountAuthenticationProvider accountAuthenticationProvider(Logins logins, Messages messages) {
		return new AccountAuthenticationProvider(logins, messages);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, JsonMapper json, Messages messages,
			Refusals refusals) throws Exception {
		SecurityProblems problems = new SecurityProblems(json, messages, refusals);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				.requestMatchers("/api/v1/regions/**", "/api/v1/openapi/**", "/api/v1/docs/**",
						"/api/v1/swagger-ui/**").permitAll()
				.anyRequest().authenticated())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.anonymous(anonymous -> {
			})
			.addFilterBefore(new TokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuditTrail audit, UserManagement users) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/actuator/health",
						"/actuator/health/**", "/login", "/error", "/error/**", "/swagger-ui/**")
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.successHandler(loginSuccess(users))
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(auditLogout(audit))
				.logoutSuccessUrl("/login?logout")
				.permitAll())
			.addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/**
	 * After a page login: to the 修改密码 page when a security admin chose the password, otherwise to the page the
	 * user first asked for (or home).
	 */
	private static AuthenticationSuccessHandler loginSuccess(UserManagement users) {
		SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
		usual.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof CurrentUser user && users.passwordChangeRequired(user.id())) {
				PasswordChangeGate.require(request);
				response.sendRedirect(request.getContextPath() + PasswordChangeGate.PAGE);
				return;
			}
			usual.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Back to the login page with the reason; the username typed is kept in the session (not the address, where a
	 * password typed into the wrong field would end up in logs) for the page to fill in again.
	 */
	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, exception) -> {
			String reason = exception instanceof LockedException ? "locked"
					: exception instanceof DisabledException ? "disabled" : "bad";
			String username = request.getParameter("username");
			if (username != null && !username.isBlank()) {
				String trimmed = username.trim();
				request.getSession().setAttribute(Logins.LAST_USERNAME,
						trimmed.length() > 50 ? trimmed.substring(0, 50) : trimmed);
			}
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

	private static LogoutHandler auditLogout(AuditTrail audit) {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
				audit.record(user.username(), AuditAction.LOGOUT, AuditTrail.USER, user.id(), AuditOutcome.SUCCESS, null);
			}
		};
	}
}
