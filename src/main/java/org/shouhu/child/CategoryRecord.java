package org.shouhu.child;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A category held, with its basis; stored in {@code child_category} so lists can filter by category. */
@Embeddable
class CategoryRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	Category code;

	@Column(nullable = false, length = 500)
	String basis;

	protected CategoryRecord() {
	}

	CategoryRecord(Category code, String basis) {
		this.code = code;
		this.basis = basis;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CategoryRecord c && c.code == code && Objects.equals(c.basis, basis);
	}

	@Override
	public int hashCode() {
		return Objects.hash(code, basis);
	}
}
