package org.shouhu.common;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test-only API that fails in every way {@link ApiProblemHandler} answers; not part of the published description. */
@RestController
@Hidden
@RequestMapping("/api/v1/test-problems")
class ProblemsTestApi {

	enum Kind {
		VISIT, CALL
	}

	record Item(@NotNull Kind kind, @Size(max = 5) String note) {
	}

	record Form(@NotBlank String name, @Size(min = 2, max = 4) String nickname, @Pattern(regexp = "1\\d{10}") String phone,
			@Min(0) @Max(17) Integer age, @Past LocalDate birthDate, @PastOrPresent LocalDate visitedOn,
			@Email String email, @NotNull @Valid List<Item> items) {
	}

	record Query(Integer page, Kind kind) {
	}

	@GetMapping("/invalid")
	void invalid() {
		throw new InvalidInputException("idNumber", "身份证号码校验位不正确");
	}

	@GetMapping("/not-found")
	void notFound() {
		throw new NotFoundException("没有这个儿童档案");
	}

	@GetMapping("/conflict")
	void conflict() {
		throw new ConflictException("该身份证号码已建档");
	}

	@GetMapping("/not-allowed-now")
	void notAllowedNow() {
		throw new NotAllowedNowException("child.exited");
	}

	/** A defect, not a refusal: its message is for the log only. */
	@GetMapping("/illegal-state")
	void illegalState() {
		throw new IllegalStateException("connection pool closed: jdbc:h2:mem:shouhu");
	}

	@GetMapping("/paged")
	Paging paged(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return Paging.of(page, size);
	}

	@GetMapping("/forbidden")
	void forbidden() {
		throw new ForbiddenException("无权查看此档案");
	}

	@GetMapping("/unreadable-stored-data")
	void unreadableStoredData() {
		throw new FieldCipherException("decryption failed");
	}

	@GetMapping("/stale")
	void stale() {
		throw new OptimisticLockingFailureException("Row was updated or deleted by another transaction");
	}

	@PostMapping("/forms")
	Form form(@Valid @RequestBody Form form) {
		return form;
	}

	@GetMapping("/pages")
	int page(@RequestParam int page) {
		return page;
	}

	@GetMapping("/bounded-pages")
	int boundedPage(@RequestParam @Min(1) int page) {
		return page;
	}

	@GetMapping("/search")
	Query search(@ModelAttribute Query query) {
		return query;
	}
}
