package org.shouhu.child;

/** A child file's content was changed (fields listed as JSON paths). */
public record ChildUpdated(long childId, String villageCode, java.util.List<String> fields) {
}
