package org.shouhu.account.web;

import java.net.URI;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Department;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserChange;
import org.shouhu.account.UserManagement;
import org.shouhu.account.UserView;
import org.shouhu.common.ConflictWhen;
import org.shouhu.common.ListPage;
import org.shouhu.common.Masking;
import org.shouhu.common.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "Users". Security admins manage accounts inside their own jurisdiction (others: 404); every user reads
 * {@code /me}.
 */
@RestController
@Tag(name = "Users", description = "Accounts, managed by security admins inside their jurisdiction.")
@RequestMapping("/api/v1/users")
class UserApi {

	private final UserManagement users;

	UserApi(UserManagement users) {
		this.users = users;
	}

	record Me(long id, String username, String displayName, Set<Role> roles, String jurisdiction,
			String jurisdictionName, Department department) {
	}

	record PasswordRequest(String password) {
	}

	@GetMapping("/me")
	@Operation(summary = "The caller's own account", operationId = "getCurrentUser")
	Me me() {
		UserView me = users.me(CurrentUser.get());
		return new Me(me.id(), me.username(), me.displayName(), me.roles(), me.jurisdiction(), me.jurisdictionName(),
				me.department());
	}

	@PostMapping
	@Operation(summary = "Create an account", operationId = "createUser")
	@ResponseStatus(HttpStatus.CREATED)
	@ConflictWhen("The user name is taken")
	ResponseEntity<UserView> create(@RequestBody NewUser request) {
		UserView created = users.create(CurrentUser.get(), request);
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.id())).body(created);
	}

	/** Accounts inside the caller's jurisdiction; phone numbers masked. */
	@GetMapping
	@Operation(summary = "List accounts of the jurisdiction", operationId = "listUsers")
	ListPage<UserView> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Paging paging = Paging.of(page, size);
		Page<UserView> found = users.search(CurrentUser.get(), q, role,
				PageRequest.of(paging.page(), paging.size(), Sort.by("username")));
		return ListPage.exact(found.getContent(), paging, found.hasNext(), found.getTotalElements()).map(UserApi::masked);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an account", operationId = "getUser")
	UserView get(@PathVariable long id) {
		return users.get(CurrentUser.get(), id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an account, with the version read", operationId = "updateUser")
	@ConflictWhen("Stale version, or a change not allowed to the own account")
	UserView update(@PathVariable long id, @RequestBody UserChange change) {
		return users.update(CurrentUser.get(), id, change);
	}

	@PostMapping("/{id}/disable")
	@Operation(summary = "Disable an account", operationId = "disableUser")
	@ConflictWhen("The account is disabled already, or it is the caller's own")
	UserView disable(@PathVariable long id) {
		return users.disable(CurrentUser.get(), id);
	}

	@PostMapping("/{id}/enable")
	@Operation(summary = "Enable an account", operationId = "enableUser")
	@ConflictWhen("The account is enabled already")
	UserView enable(@PathVariable long id) {
		return users.enable(CurrentUser.get(), id);
	}

	@PostMapping("/{id}/unlock")
	@Operation(summary = "Unlock an account", operationId = "unlockUser")
	@ConflictWhen("The account is not locked")
	UserView unlock(@PathVariable long id) {
		return users.unlock(CurrentUser.get(), id);
	}

	@PostMapping("/{id}/reset-password")
	@Operation(summary = "Set a new password for an account", operationId = "resetPassword")
	UserView resetPassword(@PathVariable long id, @RequestBody PasswordRequest request) {
		return users.resetPassword(CurrentUser.get(), id, request.password());
	}

	private static UserView masked(UserView v) {
		return new UserView(v.id(), v.username(), v.displayName(), v.roles(), v.jurisdiction(), v.jurisdictionName(),
				v.department(), Masking.phone(v.phone()), v.enabled(), v.locked(), v.lockedUntil(), v.lastLoginAt(),
				v.version(), v.createdAt(), v.updatedAt(), v.passwordChangeRequired());
	}
}
