package org.shouhu.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a list page's pager (fragment {@code fragments/list :: pager}): the page's own address with its filters
 * as requested, only the {@code page} parameter changed (left out for the first page).
 *
 * @param path request path with the context path
 * @param query the request's query string as sent (encoded), or {@code null}
 */
public record PageLinks(String path, String query) {

	/** The address of page {@code page} (0-based). */
	public String to(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path).query(query);
		if (page > 0) {
			link.replaceQueryParam("page", page);
		}
		else {
			link.replaceQueryParam("page");
		}
		return link.build(true).toUriString();
	}
}
