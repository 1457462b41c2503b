package org.shouhu.account;

import java.time.Instant;

/** A freshly issued API token: the only moment the raw token exists outside the client. */
public record IssuedToken(String token, Instant expiresAt) {
}
