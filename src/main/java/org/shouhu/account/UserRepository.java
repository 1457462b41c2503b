package org.shouhu.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.util.StringUtils;

interface UserRepository extends JpaRepository<User, Long>, JpaSpecificationExecutor<User> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	List<User> findByUsernameIn(Collection<String> usernames);

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
