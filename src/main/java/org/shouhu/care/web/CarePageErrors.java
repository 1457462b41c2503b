package org.shouhu.care.web;

import org.shouhu.common.ForbiddenException;
import org.shouhu.common.Messages;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages of the care pages: 403 for roles that may not do this, 404 for unknown or out-of-scope children and
 * regions, 400 for an address with bad parameters (forms show their problems next to the fields instead).
 */
@ControllerAdvice(assignableTypes = { VisitController.class, CareController.class, ComplianceController.class,
		PolicyController.class, AssessmentController.class, WorkLogController.class, CloseAttentionController.class })
class CarePageErrors {

	private final Messages messages;

	CarePageErrors(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException e) {
		return page(HttpStatus.FORBIDDEN, messages.get("care.page.forbidden"), e.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return page(HttpStatus.NOT_FOUND, messages.get("care.page.notFound"), e.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e) {
		return page(HttpStatus.BAD_REQUEST, messages.get("care.page.badRequest"), String.join("；", e.messagesByField().values()));
	}

	private static ModelAndView page(HttpStatus status, String title, String message) {
		ModelAndView page = new ModelAndView("care/error");
		page.setStatus(status);
		page.addObject("title", title);
		page.addObject("message", message);
		return page;
	}
}
