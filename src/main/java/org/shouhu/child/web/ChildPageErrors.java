package org.shouhu.child.web;

import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.common.ForbiddenException;
import org.shouhu.common.NotFoundException;
import org.shouhu.common.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages of the child pages: 403 for roles without child files (a viewer is told their role sees statistics
 * only), 404 for unknown or out-of-scope files.
 */
@ControllerAdvice(assignableTypes = ChildController.class)
class ChildPageErrors {

	private final Messages messages;

	ChildPageErrors(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException e) {
		boolean viewer = CurrentUser.find().filter(user -> user.has(Role.VIEWER) && !user.worksWithChildFiles()).isPresent();
		return page(HttpStatus.FORBIDDEN, messages.get("child.page.forbidden"),
				viewer ? messages.get("child.page.viewer") : e.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return page(HttpStatus.NOT_FOUND, messages.get("child.page.notFound"), e.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String title, String message) {
		ModelAndView page = new ModelAndView("child/error");
		page.setStatus(status);
		page.addObject("title", title);
		page.addObject("message", message);
		return page;
	}
}
