package org.shouhu.common;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that fail before any controller is chosen (unknown address, wrong method,
 * unsupported content type), which {@link ApiProblemHandler} cannot see because it applies to
 * {@code @RestController}s only. Outside {@code /api/} the exception is passed on, so pages keep their error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblemHandler {

	private final Messages messages;

	ApiRoutingProblemHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!isApi(request)) {
			throw e;
		}
		return ApiProblemHandler.problem(HttpStatus.NOT_FOUND, messages.get("common.problem.notFound"),
				messages.get("common.problem.noSuchAddress"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw e;
		}
		ResponseEntity<ProblemDetail> response = ApiProblemHandler.problem(HttpStatus.METHOD_NOT_ALLOWED,
				messages.get("common.problem.method"), messages.get("common.problem.method.detail", e.getMethod()));
		if (e.getSupportedHttpMethods() == null) {
			return response;
		}
		return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
				.allow(e.getSupportedHttpMethods().toArray(HttpMethod[]::new))
				.body(response.getBody());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
			throws HttpMediaTypeNotSupportedException {
		if (!isApi(request)) {
			throw e;
		}
		return ApiProblemHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("common.problem.mediaType"),
				messages.get("common.problem.mediaType.detail"));
	}

	/** An upload over {@code spring.servlet.multipart.max-*} is refused while the request is read, before routing. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		if (!isApi(request)) {
			throw e;
		}
		return ApiProblemHandler.problem(HttpStatus.CONTENT_TOO_LARGE, messages.get("common.problem.tooLarge"),
				messages.get("common.problem.tooLarge.detail"));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
