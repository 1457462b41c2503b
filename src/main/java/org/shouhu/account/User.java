package org.shouhu.account;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.shouhu.common.NotAllowedNowException;

/**
 * A user account. Guards its own rules: lockout after {@value #MAX_FAILED_ATTEMPTS} consecutive failed logins for
 * 30 minutes, and status changes that refuse what is not allowed now ({@link IllegalStateException} → 409).
 * Login bookkeeping (failed attempts, lock, last login) does not bump the version, so a login does not make an
 * admin's open edit form stale; it is kept by {@link LoginAttempts} with single atomic statements, and the entity writes
 * only the columns it changed ({@code @DynamicUpdate}), so that saving an account never puts back a count read
 * before a parallel login. Role/jurisdiction consistency is checked by {@link RoleRules} before an account is built or changed.
 */
@Entity
@Table(name = "app_user")
@DynamicUpdate
public class User {

	static final int MAX_FAILED_ATTEMPTS = 5;
	static final Duration LOCK_DURATION = Duration.ofMinutes(30);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 50, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 30)
	private Set<Role> roles = new HashSet<>();

	@Column(nullable = false, length = 12)
	private String jurisdiction;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private Department department;

	/** Encrypted with {@code FieldCipher}. */
	@Column(name = "phone", length = 200)
	private String phoneCipher;

	@Column(nullable = false)
	private boolean enabled = true;

	/** Set when a security admin chose the password (new account, reset): the user must choose their own. */
	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(name = "failed_attempts", nullable = false)
	@OptimisticLock(excluded = true)
	private int failedAttempts;

	@Column(name = "locked_until")
	@OptimisticLock(excluded = true)
	private Instant lockedUntil;

	@Column(name = "last_login_at")
	@OptimisticLock(excluded = true)
	private Instant lastLoginAt;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected User() {
	}

	User(String username, String displayName, String passwordHash, Set<Role> roles, String jurisdiction,
			Department department, String phoneCipher, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = new HashSet<>(roles);
		this.jurisdiction = jurisdiction;
		this.department = department;
		this.phoneCipher = phoneCipher;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void changeProfile(String displayName, Set<Role> roles, String jurisdiction, Department department,
			String phoneCipher, Instant now) {
		this.displayName = displayName;
		this.roles.clear();
		this.roles.addAll(roles);
		this.jurisdiction = jurisdiction;
		this.department = department;
		this.phoneCipher = phoneCipher;
		this.updatedAt = now;
	}

	/** Refuses when already disabled. */
	void disable(Instant now) {
		if (!enabled) {
			throw new NotAllowedNowException("account.disabled.already");
		}
		this.enabled = false;
		this.updatedAt = now;
	}

	/** Refuses when already enabled. */
	void enable(Instant now) {
		if (enabled) {
			throw new NotAllowedNowException("account.enabled.already");
		}
		this.enabled = true;
		this.updatedAt = now;
	}

	/** Clears a lock and the failure count; refuses when the account is not locked. */
	void unlock(Instant now) {
		if (!isLocked(now) && failedAttempts == 0) {
			throw new NotAllowedNowException("account.notLocked");
		}
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	/**
	 * Sets a password chosen by a security admin (already checked against the policy and hashed); also clears a lock.
	 * The user must change it at the next login.
	 */
	void resetPassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.passwordChangeRequired = true;
		this.updatedAt = now;
	}

	/** The user must change the password at the next login (it was chosen by a security admin). */
	void requirePasswordChange() {
		this.passwordChangeRequired = true;
	}

	/** Sets the password the user chose (already checked against the policy and hashed). */
	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangeRequired = false;
		this.updatedAt = now;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, roles, jurisdiction,
				department == null ? null : department.name());
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	public String getJurisdiction() {
		return jurisdiction;
	}

	public Department getDepartment() {
		return department;
	}

	String getPhoneCipher() {
		return phoneCipher;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isPasswordChangeRequired() {
		return passwordChangeRequired;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
