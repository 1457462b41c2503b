package org.shouhu.child;

/** A file suggested for exit (减员), as the to-do list names it. */
public record ExitSuggestedFile(ExitSuggestion suggestion, String childName, String villageCode, String villageName) {
}
