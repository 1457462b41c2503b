package org.shouhu.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.ConflictException;
import org.shouhu.common.FieldCipher;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.TextCheck;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Accounts: creation, search and changes by security admins within their own jurisdiction, and
 * {@link #createUser(NewUser)} for programmatic set-up (bootstrap, demo data).
 * <p>
 * Every change is recorded in the audit trail as {@code USER_CHANGE} with subject {@code USER}. Bad input is refused
 * with {@link InvalidInputException} (fields {@code username}, {@code displayName}, {@code password}, {@code roles},
 * {@code jurisdiction}, {@code department}, {@code phone}); a jurisdiction outside the admin's with
 * {@link ForbiddenException}; a duplicate username or a stale version with 409; accounts outside the admin's
 * jurisdiction are not found (404).
 */
@Service
@Transactional
public class UserManagement {

	/** Actor recorded for changes made by the system itself (bootstrap, demo data). */
	public static final String SYSTEM_ACTOR = "system";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.\\-]{2,49}");
	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

	private final UserRepository users;
	private final Regions regions;
	private final PasswordEncoder passwordEncoder;
	private final LoginAttempts attempts;
	private final FieldCipher cipher;
	private final AuditTrail audit;
	private final ApiTokens tokens;
	private final SessionRevoker sessions;
	private final Clock clock;
	private final Messages messages;

	UserManagement(UserRepository users, Regions regions, PasswordEncoder passwordEncoder, LoginAttempts attempts,
			FieldCipher cipher, AuditTrail audit, ApiTokens tokens, SessionRevoker sessions, Clock clock,
			Messages messages) {
		this.attempts = attempts;
		this.users = users;
		this.regions = regions;
		this.passwordEncoder = passwordEncoder;
		this.cipher = cipher;
		this.audit = audit;
		this.tokens = tokens;
		this.sessions = sessions;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * Creates an account without any caller check: for the bootstrap admin and demo or test accounts set up by code.
	 * Applies the same validation as {@link #create(CurrentUser, NewUser)} (password policy, role and jurisdiction
	 * rules, unique username) and audits the creation with actor {@value #SYSTEM_ACTOR}.
	 */
	public UserView createUser(NewUser user) {
		User created = validateAndBuild(user);
		audit.record(SYSTEM_ACTOR, AuditAction.USER_CHANGE, AuditTrail.USER, created.getId(), AuditOutcome.SUCCESS,
				messages.get("account.audit.created", created.getUsername(), describe(created)));
		return view(created);
	}

	/**
	 * Creates an account on behalf of a security admin; the jurisdiction must lie inside the admin's. The admin chose
	 * the password, so the user must change it at the first login.
	 */
	public UserView create(CurrentUser admin, NewUser user) {
		requireSecurityAdmin(admin);
		User created = validateAndBuild(user, admin);
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, created.getId(), AuditOutcome.SUCCESS,
				messages.get("account.audit.created", created.getUsername(), describe(created)));
		return view(created);
	}

	/** Accounts inside the admin's jurisdiction, by part of username or display name and by role, ordered by username. */
	@Transactional(readOnly = true)
	public Page<UserView> search(CurrentUser admin, String q, Role role, Pageable pageable) {
		requireSecurityAdmin(admin);
		return users.findAll(UserRepository.within(admin.jurisdiction()).and(UserRepository.matching(q, role)), pageable)
				.map(this::view);
	}

	/** One account inside the admin's jurisdiction; 404 otherwise. */
	@Transactional(readOnly = true)
	public UserView get(CurrentUser admin, long id) {
		return view(load(admin, id));
	}

	/** The caller's own account. */
	@Transactional(readOnly = true)
	public UserView me(CurrentUser user) {
		return view(users.findById(user.id()).orElseThrow(() -> new NotFoundException(messages.get("account.notFound"))));
	}

	/** Changes display name, roles, jurisdiction, department and phone against the version the editor saw. */
	public UserView update(CurrentUser admin, long id, UserChange change) {
		User user = load(admin, id);
		if (change.version() == null || change.version() != user.getVersion()) {
			throw new OptimisticLockingFailureException("stale user " + id);
		}
		List<FieldProblem> problems = new ArrayList<>();
		String displayName = checkDisplayName(change.displayName(), problems);
		String phone = checkPhone(change.phone(), problems);
		Set<Role> roles = change.roles() == null ? Set.of() : EnumSet.copyOf(nonEmpty(change.roles()));
		String jurisdiction = checkJurisdiction(change.jurisdiction(), roles, change.department(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		requireInside(admin, jurisdiction);
		if (user.getId() == admin.id() && !roles.contains(Role.SECURITY_ADMIN)) {
			throw new ConflictException(messages.get("account.selfRoleRemoval"));
		}
		boolean accessChanged = !user.getRoles().equals(roles) || !user.getJurisdiction().equals(jurisdiction);
		String before = describe(user);
		user.changeProfile(displayName, roles, jurisdiction, roles.contains(Role.DEPARTMENT) ? change.department() : null,
				cipher.encrypt(phone), clock.instant());
		users.flush();
		if (accessChanged) {
			signOut(user);
		}
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS,
				messages.get("account.audit.changed", user.getUsername(), before, describe(user)));
		return view(user);
	}

	/** Disables an account and ends its sessions and tokens; an admin cannot disable their own account. */
	public UserView disable(CurrentUser admin, long id) {
		User user = load(admin, id);
		if (user.getId() == admin.id()) {
			throw new ConflictException(messages.get("account.selfDisable"));
		}
		user.disable(clock.instant());
		signOut(user);
		users.flush();
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS, messages.get("account.audit.disabled", user.getUsername()));
		return view(user);
	}

	public UserView enable(CurrentUser admin, long id) {
		User user = load(admin, id);
		user.enable(clock.instant());
		users.flush();
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS, messages.get("account.audit.enabled", user.getUsername()));
		return view(user);
	}

	public UserView unlock(CurrentUser admin, long id) {
		User user = load(admin, id);
		user.unlock(clock.instant());
		users.flush();
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS, messages.get("account.audit.unlocked", user.getUsername()));
		return view(user);
	}

	/**
	 * Sets a new password (policy-checked), clears a lock, and ends the account's sessions and tokens. The admin chose
	 * the password, so the user must change it at the next login.
	 */
	public UserView resetPassword(CurrentUser admin, long id, String password) {
		User user = load(admin, id);
		PasswordPolicy.problem(password, user.getUsername()).ifPresent(key -> {
			throw new InvalidInputException("password", messages.get(key));
		});
		user.resetPassword(passwordEncoder.encode(password), clock.instant());
		signOut(user);
		users.flush();
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS,
				messages.get("account.audit.passwordReset", user.getUsername()));
		return view(user);
	}

	/**
	 * The user changes their own password: the current password must match ({@code currentPassword}: 当前密码不正确),
	 * the new one must meet the policy and differ from the current one ({@code newPassword}). Clears the
	 * must-change flag, ends every API token and every other page session of the account (the session of the current
	 * request stays), and audits the change; a wrong current password is audited as a failure and counts toward the
	 * lockout like a failed login ({@link LoginAttempts}); while the account is locked the current password is not
	 * checked.
	 */
	public UserView changeOwnPassword(CurrentUser caller, String currentPassword, String newPassword) {
		User user = users.findById(caller.id()).orElseThrow(() -> new NotFoundException(messages.get("account.notFound")));
		List<FieldProblem> problems = new ArrayList<>();
		boolean currentMatches = false;
		if (currentPassword == null || currentPassword.isEmpty()) {
			problems.add(new FieldProblem("currentPassword", messages.get("account.currentPassword.required")));
		}
		else {
			int attempt = attempts.reserve(user.getId());
			if (attempt == 0) {
				problems.add(new FieldProblem("currentPassword", messages.get("account.currentPassword.locked")));
			}
			else if (passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
				currentMatches = true;
				attempts.succeeded(user.getId(), false);
			}
			else {
				problems.add(new FieldProblem("currentPassword", messages.get(attempts.failed(user.getId(), attempt)
						? "account.currentPassword.wrongLocked" : "account.currentPassword.wrong")));
			}
		}
		PasswordPolicy.problem(newPassword, user.getUsername())
			.ifPresent(key -> problems.add(new FieldProblem("newPassword", messages.get(key))));
		if (currentMatches && newPassword != null && newPassword.equals(currentPassword)) {
			problems.add(new FieldProblem("newPassword", messages.get("account.newPassword.same")));
		}
		if (!problems.isEmpty()) {
			if (currentPassword != null && !currentPassword.isEmpty() && !currentMatches) {
				audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, user.getId(), AuditOutcome.FAILURE,
						messages.get("account.audit.ownPasswordWrong"));
			}
			throw new InvalidInputException(problems);
		}
		user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		users.flush();
		tokens.revokeAll(user.getId());
		sessions.endOtherSessionsOf(user.getUsername());
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, user.getId(), AuditOutcome.SUCCESS,
				messages.get("account.audit.ownPassword", user.getUsername()));
		return view(user);
	}

	/** Whether the account must change its password before using the pages (an admin chose the current one). */
	@Transactional(readOnly = true)
	public boolean passwordChangeRequired(long userId) {
		return users.findById(userId).map(User::isPasswordChangeRequired).orElse(false);
	}

	/** Whether any account exists (the bootstrap creates {@code admin} when none does). */
	@Transactional(readOnly = true)
	public boolean anyUserExists() {
		return users.count() > 0;
	}

	/** Whether an account with this username exists (usernames are case-insensitive). */
	@Transactional(readOnly = true)
	public boolean usernameExists(String username) {
		return username != null && users.existsByUsername(username.trim().toLowerCase(Locale.ROOT));
	}

	private User validateAndBuild(NewUser user) {
		return validateAndBuild(user, null);
	}

	private User validateAndBuild(NewUser input, CurrentUser admin) {
		List<FieldProblem> problems = new ArrayList<>();
		String username = input.username() == null ? "" : input.username().trim().toLowerCase(Locale.ROOT);
		if (username.isEmpty()) {
			problems.add(new FieldProblem("username", messages.get("account.username.required")));
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", messages.get("account.username.invalid")));
		}
		String displayName = checkDisplayName(input.displayName(), problems);
		PasswordPolicy.problem(input.password(), username).ifPresent(key -> problems.add(new FieldProblem("password", messages.get(key))));
		Set<Role> roles = input.roles() == null ? Set.of() : EnumSet.copyOf(nonEmpty(input.roles()));
		String jurisdiction = checkJurisdiction(input.jurisdiction(), roles, input.department(), problems);
		String phone = checkPhone(input.phone(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (admin != null) {
			requireInside(admin, jurisdiction);
		}
		if (users.existsByUsername(username)) {
			throw new ConflictException(messages.get("account.username.taken", username));
		}
		User user = new User(username, displayName, passwordEncoder.encode(input.password()), roles, jurisdiction,
				roles.contains(Role.DEPARTMENT) ? input.department() : null, cipher.encrypt(phone), clock.instant());
		if (admin != null) {
			user.requirePasswordChange();
		}
		try {
			return users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException e) {
			// a concurrent creation of the same name won the unique constraint: the same 409 as the check above
			if (String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT)
				.contains("app_user_username_uk")) {
				throw new ConflictException(messages.get("account.username.taken", username));
			}
			throw e;
		}
	}

	private static Set<Role> nonEmpty(Set<Role> roles) {
		Set<Role> copy = EnumSet.noneOf(Role.class);
		roles.stream().filter(Objects::nonNull).forEach(copy::add);
		return copy;
	}

	private String checkDisplayName(String displayName, List<FieldProblem> problems) {
		String normalized = TextCheck.normalize(displayName);
		String name = normalized == null ? "" : normalized;
		if (name.isEmpty()) {
			problems.add(new FieldProblem("displayName", messages.get("account.displayName.required")));
		}
		else if (name.length() > 100) {
			problems.add(new FieldProblem("displayName", messages.get("account.displayName.tooLong")));
		}
		else if (!TextCheck.isShortText(name)) {
			problems.add(new FieldProblem("displayName", messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		return name;
	}

	private String checkPhone(String phone, List<FieldProblem> problems) {
		if (!StringUtils.hasText(phone)) {
			return null;
		}
		String trimmed = phone.trim();
		if (!PHONE.matcher(trimmed).matches()) {
			problems.add(new FieldProblem("phone", messages.get("account.phone.invalid")));
		}
		return trimmed;
	}

	private String checkJurisdiction(String code, Set<Role> roles, Department department, List<FieldProblem> problems) {
		String jurisdiction = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		RegionLevel level = null;
		if (jurisdiction.isEmpty()) {
			problems.add(new FieldProblem("jurisdiction", messages.get("account.jurisdiction.required")));
		}
		else if (regions.find(jurisdiction).isEmpty()) {
			problems.add(new FieldProblem("jurisdiction", messages.get("account.jurisdiction.unknown", jurisdiction)));
		}
		else {
			level = RegionLevel.ofCode(jurisdiction);
		}
		RoleRules.check(roles, level, department)
			.forEach(p -> problems.add(new FieldProblem(p.field(), messages.get(p.key(), p.args()))));
		return jurisdiction;
	}

	private void requireSecurityAdmin(CurrentUser admin) {
		if (admin == null || !admin.has(Role.SECURITY_ADMIN)) {
			throw new ForbiddenException(messages.get("account.forbidden.manage"));
		}
	}

	private void requireInside(CurrentUser admin, String jurisdiction) {
		if (!admin.covers(jurisdiction)) {
			throw new ForbiddenException(messages.get("account.forbidden.outside"));
		}
	}

	private User load(CurrentUser admin, long id) {
		requireSecurityAdmin(admin);
		return users.findById(id)
				.filter(u -> admin.covers(u.getJurisdiction()))
				.orElseThrow(() -> new NotFoundException(messages.get("account.notFound")));
	}

	private void signOut(User user) {
		tokens.revokeAll(user.getId());
		sessions.endSessionsOf(user.getUsername());
	}

	private String describe(User user) {
		StringBuilder text = new StringBuilder();
		user.getRoles().forEach(r -> text.append(r.name()).append(' '));
		text.append('@').append(user.getJurisdiction());
		if (user.getDepartment() != null) {
			text.append(' ').append(user.getDepartment().name());
		}
		if (!user.isEnabled()) {
			text.append(' ').append(messages.get("account.audit.disabledTag"));
		}
		return text.toString();
	}

	UserView view(User user) {
		return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(),
				user.getJurisdiction(), regions.fullName(user.getJurisdiction()), user.getDepartment(),
				cipher.decrypt(user.getPhoneCipher()), user.isEnabled(), user.isLocked(clock.instant()),
				user.getLockedUntil(), user.getLastLoginAt(), user.getVersion(), user.getCreatedAt(),
				user.getUpdatedAt(), user.isPasswordChangeRequired());
	}
}
