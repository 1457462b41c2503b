package org.shouhu.child;

/** A category a child holds, with its Chinese label and the basis (认定依据). */
public record CategoryView(Category code, String label, String basis) {
}
