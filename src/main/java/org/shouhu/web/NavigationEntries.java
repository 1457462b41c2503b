package org.shouhu.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.shouhu.account.Role;
import org.shouhu.common.Messages;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.shouhu.account.Role.AUDIT_ADMIN;
import static org.shouhu.account.Role.CHILD_DIRECTOR;
import static org.shouhu.account.Role.CIVIL_AFFAIRS;
import static org.shouhu.account.Role.DEPARTMENT;
import static org.shouhu.account.Role.SECURITY_ADMIN;
import static org.shouhu.account.Role.SUPERVISOR;
import static org.shouhu.account.Role.VIEWER;

/**
 * The navigation table: every entry with the roles that see it, and which entry each page belongs to. A page's entry
 * is the first row of {@link #CURRENT} whose pattern matches its path, so the forms under {@code /children/{id}/...}
 * are decided here and not by a path prefix: the visit form belongs to 待办 (visits are recorded from the to-do list),
 * the file, its edit, exit and risk-assessment pages to 儿童档案, the registration form to 登记儿童. Directors and
 * supervisors reach the mandatory-report form through the big 强制报告 button of their home page; the inbox and the
 * form are entries for those who receive reports (department liaisons, civil affairs).
 */
@Component
class NavigationEntries {

	private static final Set<Role> CHILD_WORKERS = Set.of(CHILD_DIRECTOR, SUPERVISOR, CIVIL_AFFAIRS);

	/** The entries, in the order the bar shows them (for those who oversee villages see {@link #OVERSIGHT_ORDER}). */
	enum Destination {
		HOME("/", null), CHILDREN("/children", CHILD_WORKERS), REGISTER("/children/new", CHILD_WORKERS),
		CLOSE_ATTENTION("/care/close-attention", CHILD_WORKERS), WORK_LOGS("/work-logs", CHILD_WORKERS),
		REPORTS("/reports", Set.of(DEPARTMENT, CIVIL_AFFAIRS)),
		REPORT_NEW("/reports/new", Set.of(DEPARTMENT, CIVIL_AFFAIRS)),
		COMPLIANCE("/care/compliance", Set.of(SUPERVISOR, CIVIL_AFFAIRS, VIEWER)),
		POLICY("/care/policy", Set.of(CIVIL_AFFAIRS)),
		PROTECTION_DASHBOARD("/protection/dashboard", Set.of(CIVIL_AFFAIRS, VIEWER)),
		USERS("/admin/users", Set.of(SECURITY_ADMIN)),
		AUDIT("/audit", Set.of(AUDIT_ADMIN));

		private final String path;
		/** Roles that see the entry; {@code null}: every signed-in user. */
		private final Set<Role> roles;

		Destination(String path, Set<Role> roles) {
			this.path = path;
			this.roles = roles;
		}

		String key() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	/**
	 * The order for those who oversee villages rather than keep their files (supervisors, civil-affairs staff): the
	 * compliance page moves into the phone's bar, registration into the menu. Everyone else: {@link Destination}'s.
	 */
	private static final List<Destination> OVERSIGHT_ORDER = List.of(Destination.HOME, Destination.CHILDREN,
			Destination.COMPLIANCE, Destination.REPORTS, Destination.CLOSE_ATTENTION, Destination.WORK_LOGS,
			Destination.REGISTER, Destination.REPORT_NEW, Destination.POLICY, Destination.PROTECTION_DASHBOARD,
			Destination.USERS, Destination.AUDIT);

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	/** Which entry a page belongs to: the first matching row wins. */
	private static final List<Map.Entry<PathPattern, Destination>> CURRENT = List.of(
			row("/children/new", Destination.REGISTER),
			row("/children/{id}/visits/**", Destination.HOME),
			row("/children/**", Destination.CHILDREN),
			row("/imports/**", Destination.CHILDREN),
			row("/care/close-attention/**", Destination.CLOSE_ATTENTION),
			row("/work-logs/**", Destination.WORK_LOGS),
			row("/care/compliance/**", Destination.COMPLIANCE),
			row("/care/policy/**", Destination.POLICY),
			row("/reports/new", Destination.REPORT_NEW),
			row("/reports/**", Destination.REPORTS),
			row("/protection/dashboard/**", Destination.PROTECTION_DASHBOARD),
			row("/admin/users/**", Destination.USERS),
			row("/audit/**", Destination.AUDIT),
			row("/", Destination.HOME));

	private final Messages messages;

	NavigationEntries(Messages messages) {
		this.messages = messages;
	}

	/**
	 * The navigation of a user with the given roles on the page at {@code path} (without the context path).
	 *
	 * @param contextPath prefix of every link
	 */
	Navigation navigation(Predicate<Role> hasRole, String path, String contextPath) {
		Destination current = current(path);
		boolean childWorker = CHILD_WORKERS.stream().anyMatch(hasRole);
		boolean oversight = !hasRole.test(CHILD_DIRECTOR) && (hasRole.test(SUPERVISOR) || hasRole.test(CIVIL_AFFAIRS));
		List<Destination> order = oversight ? OVERSIGHT_ORDER : Arrays.asList(Destination.values());
		List<Navigation.Entry> entries = order.stream()
			.filter(d -> d.roles == null || d.roles.stream().anyMatch(hasRole))
			.map(d -> new Navigation.Entry(d.key(), contextPath + d.path, label(d, childWorker), d == current))
			.toList();
		return new Navigation(entries);
	}

	/** The entry the page at {@code path} belongs to, or {@code null} when it belongs to none (修改密码). */
	static Destination current(String path) {
		PathContainer container = PathContainer.parsePath(path == null || path.isEmpty() ? "/" : path);
		return CURRENT.stream().filter(row -> row.getKey().matches(container)).map(Map.Entry::getValue).findFirst()
			.orElse(null);
	}

	/** The home page is the to-do list for those who work with child files. */
	private String label(Destination destination, boolean childWorker) {
		String key = destination == Destination.HOME && childWorker ? "todo" : destination.key();
		return messages.get("web.nav." + key);
	}

	private static Map.Entry<PathPattern, Destination> row(String pattern, Destination destination) {
		return Map.entry(PARSER.parse(pattern), destination);
	}
}
