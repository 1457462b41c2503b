package org.shouhu.common;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import tools.jackson.core.JacksonException;

/**
 * Renders every API error as RFC 9457 problem details ({@code application/problem+json}) with a Chinese
 * {@code title} and {@code detail}; validation errors add {@code errors: [{field, message}]}. Failures before a
 * controller is chosen (unknown address, wrong method) are rendered by {@link ApiRoutingProblemHandler}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
	/** The SQL state of a unique-index violation. */
	private static final String UNIQUE_VIOLATION = "23505";

	/** At most this many field problems are listed in a 400 answer ({@code errorCount} tells the total). */
	static final int MAX_FIELD_ERRORS = 20;

	private final MessageSource source;
	private final Messages messages;

	ApiProblemHandler(MessageSource source, Messages messages) {
		this.source = source;
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
		return invalidInput(e.problems());
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> bind(BindException e) {
		List<FieldProblem> problems = new ArrayList<>();
		e.getFieldErrors().forEach(error -> problems.add(new FieldProblem(error.getField(), error.isBindingFailure()
				? messages.get("common.invalidValue") : source.getMessage(error, LocaleContextHolder.getLocale()))));
		e.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(error.getObjectName(),
				source.getMessage(error, LocaleContextHolder.getLocale()))));
		return invalidInput(problems);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			// the Jackson exception may wrap the parse failure (DateTimeParseException, NumberFormatException)
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				return invalidInput(List.of(new FieldProblem(path(jackson), messages.get("common.invalidValue"))));
			}
		}
		return problem(HttpStatus.BAD_REQUEST, messages.get("common.problem.unreadable"),
				messages.get("common.problem.unreadable.detail"));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e) {
		List<FieldProblem> problems = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach(error -> problems.add(new FieldProblem(
					error instanceof FieldError field ? field.getField() : name,
					source.getMessage(error, LocaleContextHolder.getLocale()))));
		});
		return invalidInput(problems);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		return invalidInput(List.of(new FieldProblem(e.getName(), messages.get("common.invalidValue"))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
		return invalidInput(List.of(new FieldProblem(e.getParameterName(), messages.get("common.required"))));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, messages.get("common.problem.notFound"), e.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, messages.get("common.problem.forbidden"), e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, messages.get("common.problem.conflict"), e.getMessage());
	}

	@ExceptionHandler(NotAllowedNowException.class)
	ResponseEntity<ProblemDetail> notAllowedNow(NotAllowedNowException e) {
		return problem(HttpStatus.CONFLICT, messages.get("common.problem.notAllowedNow"),
				messages.get(e.messageKey(), e.messageArguments()));
	}

	/** A state the code did not expect is a defect, not the caller's conflict: logged, and nothing of it is told. */
	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<ProblemDetail> unexpectedState(IllegalStateException e) {
		log.error("Unexpected state while answering an API request", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("common.problem.serverError"),
				messages.get("common.problem.serverError.detail"));
	}

	@ExceptionHandler(FieldCipherException.class)
	ResponseEntity<ProblemDetail> unreadableStoredData(FieldCipherException e) {
		log.error("Encrypted field could not be processed: wrong SHOUHU_CRYPTO_KEY or tampered data", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("common.problem.serverError"),
				messages.get("common.problem.undecryptable.detail"));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
		return problem(HttpStatus.CONFLICT, messages.get("common.problem.stale"),
				messages.get("common.problem.stale.detail"));
	}

	/**
	 * A unique rule that a concurrent write won after the service's own check passed (SQL state 23505, H2 and
	 * PostgreSQL): 409, as the check would have answered a moment later. The services answer their own rules with
	 * their own message (the ID number, the username); this is the net for any other. Any other integrity
	 * violation is a defect: logged, 500.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrityViolation(DataIntegrityViolationException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				log.info("A concurrent write won a unique rule: {}", sql.getMessage());
				return problem(HttpStatus.CONFLICT, messages.get("common.problem.conflict"),
						messages.get("common.problem.duplicate.detail"));
			}
		}
		log.error("Integrity violation while answering an API request", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("common.problem.serverError"),
				messages.get("common.problem.serverError.detail"));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("common.problem.mediaType"),
				messages.get("common.problem.mediaType.detail"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, messages.get("common.problem.tooLarge"),
				messages.get("common.problem.tooLarge.detail"));
	}

	/**
	 * 400 with the field problems: the first {@link #MAX_FIELD_ERRORS} of them in {@code errors}, and in
	 * {@code errorCount} the number of all of them, so that a body with thousands of bad entries gets a short answer.
	 */
	private ResponseEntity<ProblemDetail> invalidInput(List<FieldProblem> problems) {
		String title = messages.get("common.invalidInput");
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				problems.isEmpty() ? title : problems.get(0).message());
		body.setTitle(title);
		body.setProperty("errors", problems.stream()
				.limit(MAX_FIELD_ERRORS)
				.map(p -> Map.of("field", p.field(), "message", p.message()))
				.toList());
		body.setProperty("errorCount", problems.size());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
