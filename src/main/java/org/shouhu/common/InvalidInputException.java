package org.shouhu.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bad input: answered 400 with the field problems; nothing was changed. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? BundledMessages.get("common.invalidInput") : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** For pages: each field's messages (joined with ；) in the order reported, for showing next to the field. */
	public Map<String, String> messagesByField() {
		Map<String, String> messages = new LinkedHashMap<>();
		problems.forEach(p -> messages.merge(p.field(), p.message(), (a, b) -> a.equals(b) ? a : a + "；" + b));
		return messages;
	}
}
