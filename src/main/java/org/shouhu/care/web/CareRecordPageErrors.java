package org.shouhu.care.web;

import org.shouhu.common.ForbiddenException;
import org.shouhu.common.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages of the assessment, work-log and close-attention pages: 403 for roles without child files, 404 for
 * unknown or out-of-scope children and records.
 */
@ControllerAdvice(assignableTypes = { AssessmentController.class, WorkLogController.class,
		CloseAttentionController.class })
class CareRecordPageErrors {

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException e) {
		return page(HttpStatus.FORBIDDEN, "无权访问", e.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return page(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
	}

	private static ModelAndView page(HttpStatus status, String title, String message) {
		ModelAndView page = new ModelAndView("child/error");
		page.setStatus(status);
		page.addObject("title", title);
		page.addObject("message", message);
		return page;
	}
}
