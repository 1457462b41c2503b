package org.shouhu.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API bearer token, stored only as the SHA-256 hash of the random token the client holds. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at", nullable = false)
	private Instant lastUsedAt;

	protected ApiToken() {
	}

	ApiToken(String tokenHash, long userId, Instant now) {
		this.tokenHash = tokenHash;
		this.userId = userId;
		this.createdAt = now;
		this.lastUsedAt = now;
	}

	long getUserId() {
		return userId;
	}

	Instant getLastUsedAt() {
		return lastUsedAt;
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}
}
