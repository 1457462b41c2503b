package org.shouhu.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.shouhu.common.ScheduledJobLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API bearer tokens (API.md "Authentication"): 32 random bytes (base64url) handed to the client once; the database
 * keeps only their SHA-256 hash. A token expires after {@link #IDLE} without use; each use moves the expiry, but the
 * last-use time is written at most once per {@link #TOUCH_INTERVAL} to spare the database a write per request.
 */
@Service
@Transactional
public class ApiTokens {

	/** A token not used for this long is expired. */
	public static final Duration IDLE = Duration.ofMinutes(30);
	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;
	private final UserRepository users;
	private final ScheduledJobLock jobLock;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, UserRepository users, ScheduledJobLock jobLock, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.jobLock = jobLock;
		this.clock = clock;
	}

	/** Issues a new token for an authenticated user. */
	public IssuedToken issue(CurrentUser user) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		tokens.save(new ApiToken(hash(raw), user.id(), now));
		return new IssuedToken(raw, now.plus(IDLE));
	}

	/** The user a token belongs to and whether they must change their password before using the API. */
	record Holder(CurrentUser user, boolean passwordChangeRequired) {
	}

	/**
	 * The user a token belongs to, if the token is known, used within the last 30 minutes, and its account is
	 * enabled and not locked. Counts as a use.
	 */
	public Optional<CurrentUser> authenticate(String raw) {
		return holder(raw).map(Holder::user);
	}

	/** As {@link #authenticate(String)}, with whether the account must change its password first. */
	Optional<Holder> holder(String raw) {
		if (raw == null || raw.isBlank() || raw.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<ApiToken> found = tokens.findByTokenHash(hash(raw.trim()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApiToken token = found.get();
		if (!now.isBefore(token.getLastUsedAt().plus(IDLE))) {
			tokens.delete(token);
			return Optional.empty();
		}
		Optional<User> user = users.findById(token.getUserId()).filter(u -> u.isEnabled() && !u.isLocked(now));
		if (user.isPresent() && !now.isBefore(token.getLastUsedAt().plus(TOUCH_INTERVAL))) {
			token.used(now);
		}
		return user.map(u -> new Holder(u.toCurrentUser(), u.isPasswordChangeRequired()));
	}

	/** Ends one token (a client logging out); unknown tokens are ignored. */
	public void revoke(String raw) {
		if (raw != null) {
			tokens.deleteByHash(hash(raw.trim()));
		}
	}

	/** Ends all tokens of an account (disabled, password reset, access changed). */
	void revokeAll(long userId) {
		tokens.deleteByUser(userId);
	}

	/** Removes expired tokens every 10 minutes (one instance does it). */
	@Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	public void purgeExpired() {
		if (jobLock.tryAcquire("api-token-purge", Duration.ofMinutes(5))) {
			tokens.deleteUnusedSince(clock.instant().minus(IDLE));
		}
	}

	static String hash(String raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
