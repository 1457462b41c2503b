package org.shouhu.child;

import java.util.List;

import org.shouhu.common.FieldProblem;

/**
 * What {@link ChildManagement#importFiles} did with one row: a new file ({@code CREATED}), the file with the same ID
 * number updated ({@code UPDATED}) or left as it was because the row is identical to it ({@code UNCHANGED}), the row
 * refused for its field problems ({@code REJECTED}, JSON paths as for {@code POST /api/v1/children}), or refused
 * because its ID number belongs to a file outside the importer's jurisdiction ({@code ELSEWHERE}: only the name of
 * the township where that file lives is told, never the county nor the child).
 *
 * @param childId  the file created, updated or left unchanged; {@code null} otherwise
 * @param township for {@code ELSEWHERE}: the name of the township where the file lives
 */
public record ChildImportResult(Kind kind, Long childId, List<FieldProblem> problems, String township) {

	public ChildImportResult {
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	public enum Kind {
		CREATED, UPDATED, UNCHANGED, REJECTED, ELSEWHERE
	}
}
