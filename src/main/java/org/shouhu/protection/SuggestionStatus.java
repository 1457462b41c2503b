package org.shouhu.protection;

/**
 * A report suggestion is {@code OPEN} until a report is filed for the child ({@code FILED}) or the director declines
 * it with a reason ({@code DECLINED}).
 */
public enum SuggestionStatus {
	OPEN, FILED, DECLINED
}
