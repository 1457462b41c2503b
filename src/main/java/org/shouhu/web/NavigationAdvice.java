package org.shouhu.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Gives every page its navigation ({@code navigation}, see {@link NavigationEntries}), the path it was requested at
 * ({@code currentPath}) and the links of its pager ({@code pageLinks}). A form posted to a collection
 * ({@code POST /children}) and shown again with its problems counts as the form's own page ({@code /children/new}),
 * when the application has such a page.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

	private final RequestMappingHandlerMapping mappings;
	private final NavigationEntries entries;
	private volatile List<PathPattern> newForms;

	NavigationAdvice(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			NavigationEntries entries) {
		this.mappings = mappings;
		this.entries = entries;
	}

	@ModelAttribute
	void navigation(HttpServletRequest request, Model model) {
		String path = currentPath(request);
		model.addAttribute("currentPath", path);
		model.addAttribute("navigation",
				entries.navigation(role -> request.isUserInRole(role.name()), path, request.getContextPath()));
		model.addAttribute("pageLinks", new PageLinks(request.getRequestURI(), request.getQueryString()));
	}

	private String currentPath(HttpServletRequest request) {
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
