package org.shouhu.web;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of every page controller, for what an application service refused: 403 for a role that may not do
 * this (a viewer is also told that the role sees statistics only), 404 for something unknown or outside the jurisdiction, 400
 * for an address with bad parameters (forms show their problems next to the fields instead). The service's Chinese
 * message is shown under the title. API controllers answer problem details instead ({@code common.ApiProblemHandler}
 * comes first for them).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	private final Messages messages;

	PageErrorAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException e) {
		boolean viewer = CurrentUser.find().filter(user -> user.has(Role.VIEWER) && !user.worksWithChildFiles())
			.isPresent();
		ModelAndView page = page(HttpStatus.FORBIDDEN, messages.get("web.error.forbidden"), e.getMessage());
		if (viewer) {
			page.addObject("hint", messages.get("web.error.viewer"));
		}
		return page;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return page(HttpStatus.NOT_FOUND, messages.get("web.error.notFound"), e.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException e) {
		return page(HttpStatus.BAD_REQUEST, messages.get("web.error.badRequest"),
				String.join("；", e.messagesByField().values()));
	}

	private static ModelAndView page(HttpStatus status, String title, String message) {
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("title", title);
		page.addObject("message", message);
		page.addObject("forbidden", status == HttpStatus.FORBIDDEN);
		return page;
	}
}
