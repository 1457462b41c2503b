package org.shouhu.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page session whose password a security admin chose (new account, reset) on the 修改密码 page until the
 * user has chosen their own: every other page redirects there (htmx requests get {@code HX-Redirect}). Static
 * resources, logout, the login and error pages and the change page itself stay reachable. The API has its own gate
 * ({@link TokenAuthenticationFilter}: 403 until the password is changed; the token response says
 * {@code passwordChangeRequired}).
 */
public class PasswordChangeGate extends OncePerRequestFilter {

	/** The page where users change their own password. */
	public static final String PAGE = "/account/password";

	static final String REQUIRED = PasswordChangeGate.class.getName() + ".REQUIRED";
	private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/webjars/",
			"/favicon.", "/actuator/");

	/** Marks the session of a login whose password must be changed first. */
	static void require(HttpServletRequest request) {
		request.getSession().setAttribute(REQUIRED, Boolean.TRUE);
	}

	/** Whether the current session must change its password before using other pages. */
	public static boolean required(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(REQUIRED));
	}

	/** Lets the session use the pages again once the password is changed. */
	public static void clear(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(REQUIRED);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!required(request) || open(request)) {
			chain.doFilter(request, response);
			return;
		}
		String target = request.getContextPath() + PAGE;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(target);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.stream().anyMatch(p -> p.endsWith("/") || p.endsWith(".") ? path.startsWith(p) : path.equals(p));
	}
}
