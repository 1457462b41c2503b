package org.shouhu.child;

/**
 * A warning on a file, e.g. a situation of 未保法 Art 21 ({@link org.shouhu.child.rules.Art21Rules}): its code and
 * Chinese text.
 */
public record ChildWarning(String code, String text) {
}
