package org.shouhu.common;

/** One invalid input field: {@code field} is the JSON path (e.g. {@code father.situations[0].type}), the message is Chinese. */
public record FieldProblem(String field, String message) {
}
