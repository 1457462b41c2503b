package org.shouhu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shouhu.testing.Accounts;
import org.shouhu.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ApiTokensTests {

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tokenExpiresAfterThirtyMinutesWithoutUse() {
		CurrentUser user = accounts.create("idle", Set.of(Role.VIEWER), "610330");
		IssuedToken issued = tokens.issue(user);
		assertThat(tokens.authenticate(issued.token())).get().extracting(CurrentUser::username).isEqualTo(user.username());

		lastUsed(issued.token(), Instant.now().minus(Duration.ofMinutes(31)));

		assertThat(tokens.authenticate(issued.token())).isEmpty();
	}

	@Test
	void useWithinThirtyMinutesMovesTheExpiry() {
		CurrentUser user = accounts.create("sliding", Set.of(Role.VIEWER), "610330");
		IssuedToken issued = tokens.issue(user);
		lastUsed(issued.token(), Instant.now().minus(Duration.ofMinutes(29)));

		assertThat(tokens.authenticate(issued.token())).isPresent();
		Instant touched = jdbc.queryForObject("select last_used_at from api_token where token_hash = ?", Timestamp.class,
				ApiTokens.hash(issued.token())).toInstant();
		assertThat(touched).isAfter(Instant.now().minus(Duration.ofMinutes(1)));
	}

	@Test
	void doesNotWriteTheLastUseOnEveryRequest() {
		CurrentUser user = accounts.create("quiet", Set.of(Role.VIEWER), "610330");
		IssuedToken issued = tokens.issue(user);
		Instant recent = Instant.now().minusSeconds(20);
		lastUsed(issued.token(), recent);

		assertThat(tokens.authenticate(issued.token())).isPresent();
		Instant stored = jdbc.queryForObject("select last_used_at from api_token where token_hash = ?", Timestamp.class,
				ApiTokens.hash(issued.token())).toInstant();
		assertThat(Duration.between(stored, recent).abs()).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void expiredTokensArePurged() {
		CurrentUser user = accounts.create("purged", Set.of(Role.VIEWER), "610330");
		IssuedToken issued = tokens.issue(user);
		lastUsed(issued.token(), Instant.now().minus(Duration.ofHours(2)));

		tokens.purgeExpired();

		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
				ApiTokens.hash(issued.token()))).isZero();
	}

	private void lastUsed(String token, Instant at) {
		jdbc.update("update api_token set last_used_at = ? where token_hash = ?", Timestamp.from(at), ApiTokens.hash(token));
	}
}
