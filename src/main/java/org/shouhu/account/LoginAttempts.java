package org.shouhu.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lockout counter, safe under parallel guessing: an attempt is counted <em>before</em> its password is checked
 * ({@link #reserve(long)}, one atomic {@code update … where failed_attempts < 5 and not locked}), so no more than
 * {@value User#MAX_FAILED_ATTEMPTS} guesses are ever being judged or judged wrong before the lock, however they
 * arrive. A wrong password leaves its count standing (the fifth locks the account for 30 minutes); a right one
 * clears the count and a lock ({@link #succeeded(long)}).
 * <p>
 * An attempt that arrives while five others are still being judged waits for them (at most {@link #MAX_WAIT}):
 * a right password among them starts the count again, five wrong ones lock the account. If they do not finish in
 * time (a crashed instance leaves its count standing), the account is locked as if they had all been wrong.
 * Each step commits on its own, so the counts hold even when the request fails afterwards (a 400 on
 * {@code POST /api/v1/auth/password}).
 */
@Component
class LoginAttempts {

	/** How long an attempt waits for others still being judged before it counts them as failed. */
	static final Duration MAX_WAIT = Duration.ofSeconds(10);

	private final UserRepository users;
	private final TransactionTemplate transaction;
	private final Clock clock;

	LoginAttempts(UserRepository users, PlatformTransactionManager transactions, Clock clock) {
		this.users = users;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Counts an attempt in advance: its number among the consecutive failures (1 to 5), or 0 when the account is
	 * locked and the password must not be checked.
	 */
	int reserve(long userId) {
		long deadline = System.nanoTime() + MAX_WAIT.toNanos();
		long pause = 5;
		while (true) {
			Instant now = clock.instant();
			Integer number = transaction.execute(status -> {
				users.clearExpiredLock(userId, now);
				if (users.reserveAttempt(userId, User.MAX_FAILED_ATTEMPTS) == 1) {
					return users.failedAttempts(userId);
				}
				return users.countLocked(userId, now) > 0 ? 0 : null;
			});
			if (number != null) {
				return number;
			}
			if (System.nanoTime() - deadline > 0) {
				transaction.executeWithoutResult(status -> users.lockIfFull(userId, User.MAX_FAILED_ATTEMPTS,
						now.plus(User.LOCK_DURATION)));
				return 0;
			}
			pause(pause);
			pause = Math.min(pause * 2, 50);
		}
	}

	/**
	 * The password of attempt {@code number} was wrong: the count stands; the fifth locks the account. Whether the
	 * account is locked now.
	 */
	boolean failed(long userId, int number) {
		Instant now = clock.instant();
		return Boolean.TRUE.equals(transaction.execute(status -> {
			if (number >= User.MAX_FAILED_ATTEMPTS) {
				users.lockIfFull(userId, User.MAX_FAILED_ATTEMPTS, now.plus(User.LOCK_DURATION));
			}
			return users.countLocked(userId, now) > 0;
		}));
	}

	/** The password was right: the count starts again and a lock ends; {@code login} records the time of login. */
	void succeeded(long userId, boolean login) {
		Instant now = clock.instant();
		transaction.executeWithoutResult(status -> {
			users.clearAttempts(userId);
			if (login) {
				users.recordLogin(userId, now);
			}
		});
	}

	private static void pause(long millis) {
		try {
			TimeUnit.MILLISECONDS.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for other login attempts", e);
		}
	}
}
