package org.shouhu.protection;

/** What offered a report suggestion: a visit or a risk assessment (its id is the suggestion's {@code sourceId}). */
public enum SuggestionSource {
	VISIT, ASSESSMENT
}
