package org.shouhu.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Gives every page the path it was requested at, so the layout can mark the current navigation entry. A form posted
 * to a collection ({@code POST /children}) and shown again with its problems counts as the form's own page
 * ({@code /children/new}), when the application has such a page.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

	private final RequestMappingHandlerMapping mappings;
	private volatile List<PathPattern> newForms;

	NavigationAdvice(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("POST".equals(request.getMethod())) {
			String form = path + "/new";
			PathContainer container = PathContainer.parsePath(form);
			if (newForms().stream().anyMatch(pattern -> pattern.matches(container))) {
				return form;
			}
		}
		return path;
	}

	/** Patterns of the pages with a new-item form: GET mappings ending in {@code /new}. */
	private List<PathPattern> newForms() {
		List<PathPattern> forms = newForms;
		if (forms == null) {
			forms = mappings.getHandlerMethods().keySet().stream()
				.filter(NavigationAdvice::get)
				.filter(info -> info.getPathPatternsCondition() != null)
				.flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
				.filter(pattern -> pattern.getPatternString().endsWith("/new"))
				.toList();
			newForms = forms;
		}
		return forms;
	}

	private static boolean get(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}
}
