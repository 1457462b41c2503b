package org.shouhu.account.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.account.ApiTokens;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.IssuedToken;
import org.shouhu.account.LoginResult;
import org.shouhu.account.Logins;
import org.shouhu.account.UserManagement;
import org.shouhu.common.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Authentication": bearer tokens for the API. */
@RestController
@Tag(name = "Authentication", description = "Bearer tokens and the own password.")
@RequestMapping("/api/v1/auth")
class AuthApi {

	private final Logins logins;
	private final ApiTokens tokens;
	private final UserManagement users;
	private final Messages messages;

	AuthApi(Logins logins, ApiTokens tokens, UserManagement users, Messages messages) {
		this.logins = logins;
		this.tokens = tokens;
		this.users = users;
		this.messages = messages;
	}

	record TokenRequest(String username, String password) {
	}

	/**
	 * A new token. {@code passwordChangeRequired} (an addition to API.md): a security admin chose the password (new
	 * account, reset); until the user has chosen their own through {@code POST /api/v1/auth/password}, the token
	 * opens only that call and {@code DELETE /api/v1/auth/token}: every other call answers 403 须先修改密码.
	 */
	record TokenResponse(String token, Instant expiresAt, boolean passwordChangeRequired) {
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	/** 200 with a token; 401 wrong credentials or disabled account; 423 locked. */
	@PostMapping("/token")
	@Operation(summary = "Issue a token", operationId = "issueToken")
	@SecurityRequirements
	@ApiResponse(responseCode = "200", description = "A new token",
			content = @Content(schema = @Schema(implementation = TokenResponse.class)))
	@ApiResponse(responseCode = "401", description = "Wrong user name or password, or the account is disabled")
	@ApiResponse(responseCode = "423", description = "Locked after 5 failed logins, for 30 minutes")
	ResponseEntity<?> token(@RequestBody TokenRequest request) {
		LoginResult result = logins.login(request.username(), request.password());
		return switch (result.status()) {
			case SUCCESS -> {
				IssuedToken issued = tokens.issue(result.user());
				yield ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt(), result.passwordChangeRequired()));
			}
			case LOCKED -> problem(HttpStatus.LOCKED, "common.problem.locked");
			case DISABLED -> problem(HttpStatus.UNAUTHORIZED, "common.problem.disabled");
			case BAD_CREDENTIALS -> problem(HttpStatus.UNAUTHORIZED, "common.problem.loginFailed");
		};
	}

	/**
	 * The caller changes their own password (an addition to API.md): {@code {"currentPassword","newPassword"}} → 200
	 * with a new token. Every token of the account ends, including the one of this call, and so do its page sessions.
	 * 400 with {@code errors} on {@code currentPassword} (missing or wrong) or {@code newPassword} (password policy,
	 * same as the current one); 401 without a valid token.
	 */
	@PostMapping("/password")
	@Operation(summary = "Change the own password", operationId = "changeOwnPassword")
	TokenResponse changePassword(@RequestBody PasswordChange request) {
		CurrentUser caller = CurrentUser.get();
		users.changeOwnPassword(caller, request.currentPassword(), request.newPassword());
		IssuedToken issued = tokens.issue(caller);
		return new TokenResponse(issued.token(), issued.expiresAt(), false);
	}

	/** Ends the caller's token (an addition to API.md): 204. */
	@DeleteMapping("/token")
	@Operation(summary = "End the caller's token", operationId = "revokeToken")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			tokens.revoke(authorization.substring(7));
		}
		return ResponseEntity.noContent().build();
	}

	/** The problem titled {@code key}, with the detail {@code key.detail}. */
	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, messages.get(key + ".detail"));
		body.setTitle(messages.get(key));
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.UNAUTHORIZED) {
			builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return builder.body(body);
	}
}
