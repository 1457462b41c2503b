package org.shouhu.account.web;

import java.time.Instant;

import org.shouhu.account.ApiTokens;
import org.shouhu.account.IssuedToken;
import org.shouhu.account.LoginResult;
import org.shouhu.account.Logins;
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
import org.springframework.web.bind.annotation.RestController;

/** API.md "Authentication": bearer tokens for the API. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApi {

	private final Logins logins;
	private final ApiTokens tokens;

	AuthApi(Logins logins, ApiTokens tokens) {
		this.logins = logins;
		this.tokens = tokens;
	}

	record TokenRequest(String username, String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	/** 200 with a token; 401 wrong credentials or disabled account; 423 locked. */
	@PostMapping("/token")
	ResponseEntity<?> token(@RequestBody TokenRequest request) {
		LoginResult result = logins.login(request.username(), request.password());
		return switch (result.status()) {
			case SUCCESS -> {
				IssuedToken issued = tokens.issue(result.user());
				yield ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
			}
			case LOCKED -> problem(HttpStatus.LOCKED, "账号已锁定", "连续5次登录失败，账号已锁定30分钟，请稍后再试或联系安全管理员");
			case DISABLED -> problem(HttpStatus.UNAUTHORIZED, "账号已停用", "账号已停用，请联系安全管理员");
			case BAD_CREDENTIALS -> problem(HttpStatus.UNAUTHORIZED, "登录失败", "用户名或密码错误");
		};
	}

	/** Ends the caller's token (an addition to API.md): 204. */
	@DeleteMapping("/token")
	ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			tokens.revoke(authorization.substring(7));
		}
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.UNAUTHORIZED) {
			builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return builder.body(body);
	}
}
