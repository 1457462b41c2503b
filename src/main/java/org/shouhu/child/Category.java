package org.shouhu.child;

/** Target-child categories (DOMAIN.md §1). A child may hold several. */
public enum Category {

	LEFT_BEHIND("农村留守儿童"),
	ORPHAN("孤儿"),
	DE_FACTO_UNSUPPORTED("事实无人抚养儿童"),
	POVERTY_DIFFICULTY("困境儿童（家庭贫困）"),
	DISABILITY_DIFFICULTY("困境儿童（自身残疾）"),
	GUARDIANSHIP_DIFFICULTY("困境儿童（监护缺失或不当）");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
