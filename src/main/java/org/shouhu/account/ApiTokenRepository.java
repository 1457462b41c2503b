package org.shouhu.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	@Modifying
	@Query("delete from ApiToken t where t.userId = :userId")
	int deleteByUser(@Param("userId") long userId);

	@Modifying
	@Query("delete from ApiToken t where t.tokenHash = :hash")
	int deleteByHash(@Param("hash") String hash);

	@Modifying
	@Query("delete from ApiToken t where t.lastUsedAt < :before")
	int deleteUnusedSince(@Param("before") Instant before);
}
