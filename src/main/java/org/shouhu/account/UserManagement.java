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
import org.shouhu.common.NotFoundException;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
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
	private final FieldCipher cipher;
	private final AuditTrail audit;
	private final ApiTokens tokens;
	private final SessionRevoker sessions;
	private final Clock clock;

	UserManagement(UserRepository users, Regions regions, PasswordEncoder passwordEncoder, FieldCipher cipher,
			AuditTrail audit, ApiTokens tokens, SessionRevoker sessions, Clock clock) {
		this.users = users;
		this.regions = regions;
		this.passwordEncoder = passwordEncoder;
		this.cipher = cipher;
		this.audit = audit;
		this.tokens = tokens;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * Creates an account without any caller check: for the bootstrap admin and demo or test accounts set up by code.
	 * Applies the same validation as {@link #create(CurrentUser, NewUser)} (password policy, role and jurisdiction
	 * rules, unique username) and audits the creation with actor {@value #SYSTEM_ACTOR}.
	 */
	public UserView createUser(NewUser user) {
		User created = validateAndBuild(user);
		audit.record(SYSTEM_ACTOR, AuditAction.USER_CHANGE, AuditTrail.USER, created.getId(), AuditOutcome.SUCCESS,
				"新建账号 " + created.getUsername() + " " + describe(created));
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
				"新建账号 " + created.getUsername() + " " + describe(created));
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
		return view(users.findById(user.id()).orElseThrow(() -> new NotFoundException("账号不存在")));
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
			throw new ConflictException("不能取消自己的安全管理员角色");
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
				"修改账号 " + user.getUsername() + "：" + before + " → " + describe(user));
		return view(user);
	}

	/** Disables an account and ends its sessions and tokens; an admin cannot disable their own account. */
	public UserView disable(CurrentUser admin, long id) {
		User user = load(admin, id);
		if (user.getId() == admin.id()) {
			throw new ConflictException("不能停用自己的账号");
		}
		user.disable(clock.instant());
		signOut(user);
		users.flush();
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS, "停用账号 " + user.getUsername());
		return view(user);
	}

	public UserView enable(CurrentUser admin, long id) {
		User user = load(admin, id);
		user.enable(clock.instant());
		users.flush();
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS, "启用账号 " + user.getUsername());
		return view(user);
	}

	public UserView unlock(CurrentUser admin, long id) {
		User user = load(admin, id);
		user.unlock(clock.instant());
		users.flush();
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS, "解锁账号 " + user.getUsername());
		return view(user);
	}

	/**
	 * Sets a new password (policy-checked), clears a lock, and ends the account's sessions and tokens. The admin chose
	 * the password, so the user must change it at the next login.
	 */
	public UserView resetPassword(CurrentUser admin, long id, String password) {
		User user = load(admin, id);
		PasswordPolicy.problem(password, user.getUsername()).ifPresent(message -> {
			throw new InvalidInputException("password", message);
		});
		user.resetPassword(passwordEncoder.encode(password), clock.instant());
		signOut(user);
		users.flush();
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, id, AuditOutcome.SUCCESS,
				"重置密码 " + user.getUsername() + "（下次登录须修改密码）");
		return view(user);
	}

	/**
	 * The user changes their own password: the current password must match ({@code currentPassword}: 当前密码不正确),
	 * the new one must meet the policy and differ from the current one ({@code newPassword}). Clears the
	 * must-change flag, ends every API token and every other page session of the account (the session of the current
	 * request stays), and audits the change; a wrong current password is audited as a failure.
	 */
	public UserView changeOwnPassword(CurrentUser caller, String currentPassword, String newPassword) {
		User user = users.findById(caller.id()).orElseThrow(() -> new NotFoundException("账号不存在"));
		List<FieldProblem> problems = new ArrayList<>();
		boolean currentMatches = currentPassword != null && !currentPassword.isEmpty()
				&& passwordEncoder.matches(currentPassword, user.getPasswordHash());
		if (currentPassword == null || currentPassword.isEmpty()) {
			problems.add(new FieldProblem("currentPassword", "请输入当前密码"));
		}
		else if (!currentMatches) {
			problems.add(new FieldProblem("currentPassword", "当前密码不正确"));
		}
		PasswordPolicy.problem(newPassword, user.getUsername())
			.ifPresent(m -> problems.add(new FieldProblem("newPassword", m)));
		if (currentMatches && newPassword != null && newPassword.equals(currentPassword)) {
			problems.add(new FieldProblem("newPassword", "新密码不能与当前密码相同"));
		}
		if (!problems.isEmpty()) {
			if (currentPassword != null && !currentPassword.isEmpty() && !currentMatches) {
				audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, user.getId(), AuditOutcome.FAILURE,
						"修改本人密码：当前密码不正确");
			}
			throw new InvalidInputException(problems);
		}
		user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		users.flush();
		tokens.revokeAll(user.getId());
		sessions.endOtherSessionsOf(user.getUsername());
		audit.record(AuditAction.USER_CHANGE, AuditTrail.USER, user.getId(), AuditOutcome.SUCCESS,
				"修改本人密码 " + user.getUsername());
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
			problems.add(new FieldProblem("username", "请输入用户名"));
		}
		else if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username", "用户名为3到50位字母、数字、点、下划线或连字符，以字母或数字开头"));
		}
		String displayName = checkDisplayName(input.displayName(), problems);
		PasswordPolicy.problem(input.password(), username).ifPresent(m -> problems.add(new FieldProblem("password", m)));
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
			throw new ConflictException("用户名“" + username + "”已被使用");
		}
		User user = new User(username, displayName, passwordEncoder.encode(input.password()), roles, jurisdiction,
				roles.contains(Role.DEPARTMENT) ? input.department() : null, cipher.encrypt(phone), clock.instant());
		if (admin != null) {
			user.requirePasswordChange();
		}
		return users.saveAndFlush(user);
	}

	private static Set<Role> nonEmpty(Set<Role> roles) {
		Set<Role> copy = EnumSet.noneOf(Role.class);
		roles.stream().filter(Objects::nonNull).forEach(copy::add);
		return copy;
	}

	private static String checkDisplayName(String displayName, List<FieldProblem> problems) {
		String name = displayName == null ? "" : displayName.trim();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("displayName", "请输入姓名"));
		}
		else if (name.length() > 100) {
			problems.add(new FieldProblem("displayName", "姓名不能超过100个字"));
		}
		return name;
	}

	private static String checkPhone(String phone, List<FieldProblem> problems) {
		if (!StringUtils.hasText(phone)) {
			return null;
		}
		String trimmed = phone.trim();
		if (!PHONE.matcher(trimmed).matches()) {
			problems.add(new FieldProblem("phone", "电话号码格式不正确"));
		}
		return trimmed;
	}

	private String checkJurisdiction(String code, Set<Role> roles, Department department, List<FieldProblem> problems) {
		String jurisdiction = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		RegionLevel level = null;
		if (jurisdiction.isEmpty()) {
			problems.add(new FieldProblem("jurisdiction", "请填写管辖区域代码"));
		}
		else if (regions.find(jurisdiction).isEmpty()) {
			problems.add(new FieldProblem("jurisdiction", "区划代码“" + jurisdiction + "”不存在"));
		}
		else {
			level = RegionLevel.ofCode(jurisdiction);
		}
		problems.addAll(RoleRules.check(roles, level, department));
		return jurisdiction;
	}

	private static void requireSecurityAdmin(CurrentUser admin) {
		if (admin == null || !admin.has(Role.SECURITY_ADMIN)) {
			throw new ForbiddenException("只有安全管理员可以管理账号");
		}
	}

	private static void requireInside(CurrentUser admin, String jurisdiction) {
		if (!Regions.within(admin.jurisdiction(), jurisdiction)) {
			throw new ForbiddenException("只能在自己的管辖区域内设置账号");
		}
	}

	private User load(CurrentUser admin, long id) {
		requireSecurityAdmin(admin);
		return users.findById(id)
				.filter(u -> Regions.within(admin.jurisdiction(), u.getJurisdiction()))
				.orElseThrow(() -> new NotFoundException("账号不存在"));
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
			text.append(" 停用");
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
