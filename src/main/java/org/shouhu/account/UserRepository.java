package org.shouhu.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.util.StringUtils;

interface UserRepository extends JpaRepository<User, Long>, JpaSpecificationExecutor<User> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	List<User> findByUsernameIn(Collection<String> usernames);

	// Login bookkeeping (LoginAttempts): single atomic statements, so that parallel attempts cannot lose a count.

	/** An expired lock starts a fresh count. */
	@Modifying
	@Query("update User u set u.failedAttempts = 0, u.lockedUntil = null where u.id = :id and u.lockedUntil <= :now")
	int clearExpiredLock(@Param("id") long id, @Param("now") Instant now);

	/** Counts one attempt in advance, if the account is not locked and fewer than {@code max} are counted. */
	@Modifying
	@Query("update User u set u.failedAttempts = u.failedAttempts + 1 where u.id = :id and u.lockedUntil is null"
			+ " and u.failedAttempts < :max")
	int reserveAttempt(@Param("id") long id, @Param("max") int max);

	@Query("select u.failedAttempts from User u where u.id = :id")
	int failedAttempts(@Param("id") long id);

	@Query("select count(u) from User u where u.id = :id and u.lockedUntil > :now")
	long countLocked(@Param("id") long id, @Param("now") Instant now);

	/** Locks the account until {@code until} if {@code max} attempts are counted and it is not locked yet. */
	@Modifying
	@Query("update User u set u.lockedUntil = :until where u.id = :id and u.lockedUntil is null"
			+ " and u.failedAttempts >= :max")
	int lockIfFull(@Param("id") long id, @Param("max") int max, @Param("until") Instant until);

	/** A right password: the count starts again and a lock ends. */
	@Modifying
	@Query("update User u set u.failedAttempts = 0, u.lockedUntil = null where u.id = :id")
	int clearAttempts(@Param("id") long id);

	@Modifying
	@Query("update User u set u.lastLoginAt = :now where u.id = :id")
	int recordLogin(@Param("id") long id, @Param("now") Instant now);

	/** Users whose jurisdiction lies inside {@code jurisdiction} ({@code CN} = everywhere). */
	static Specification<User> within(String jurisdiction) {
		return (root, query, cb) -> "CN".equals(jurisdiction) ? cb.conjunction()
				: cb.like(root.get("jurisdiction"), jurisdiction + "%");
	}

	/** Search by part of the username or display name, and by role; blank criteria match all. */
	static Specification<User> matching(String q, Role role) {
		return (root, query, cb) -> {
			List<Predicate> all = new ArrayList<>();
			if (StringUtils.hasText(q)) {
				String pattern = "%" + q.trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
				all.add(cb.or(cb.like(cb.lower(root.get("username")), pattern),
						cb.like(cb.lower(root.get("displayName")), pattern)));
			}
			if (role != null) {
				all.add(cb.isMember(role, root.get("roles")));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}
}
