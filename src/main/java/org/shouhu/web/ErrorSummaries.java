package org.shouhu.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Puts a form's problems in the order its fields stand, for the error summary (fragment
 * {@code fragments/forms :: errorSummary(errors, order, labels)}, which calls this bean as {@code @errorSummaries}).
 * Pages hand over plain maps and lists, so that no module depends on this one for it; {@code shouhu.js} moves the
 * focus to the summary.
 */
@Component("errorSummaries")
public class ErrorSummaries {

	/**
	 * The problems of {@code errors} (field path → message) in the form's order. {@code order} names the form's fields
	 * top to bottom; a path stands where it is named, else at the first name it lies under ({@code father} covers
	 * {@code father.phone}, {@code situations} covers {@code situations[0].since}). Paths not named come last, as
	 * given.
	 *
	 * @param labels label of each field path; a path without one is listed with its message alone
	 */
	public List<Item> items(Map<String, String> errors, List<String> order, Map<String, String> labels) {
		List<Item> items = new ArrayList<>();
		if (errors == null) {
			return items;
		}
		errors.forEach((field, message) -> items.add(new Item(field, labels == null ? null : labels.get(field), message)));
		List<String> fields = order == null ? List.of() : order;
		items.sort(Comparator.comparingInt(item -> position(item.anchor(), fields)));
		return items;
	}

	private static int position(String field, List<String> order) {
		int exact = order.indexOf(field);
		if (exact >= 0) {
			return exact;
		}
		for (int i = 0; i < order.size(); i++) {
			String name = order.get(i);
			if (field.startsWith(name + ".") || field.startsWith(name + "[")) {
				return i;
			}
		}
		return order.size();
	}

	/**
	 * One problem.
	 *
	 * @param anchor id of the field the link leads to
	 * @param label the field's label, or {@code null}
	 */
	public record Item(String anchor, String label, String message) {
	}
}
