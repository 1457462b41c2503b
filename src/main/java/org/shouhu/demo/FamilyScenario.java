package org.shouhu.demo;

/**
 * Family situations generated children are drawn from, weighted so that a few hundred children cover every
 * category (and some children who are not target children at all).
 */
enum FamilyScenario {

	/** Both parents work away, grandparents care: the typical left-behind child. */
	BOTH_MIGRANT(40),
	/** One parent works away, the other is seriously ill or severely disabled: left-behind. */
	MIGRANT_AND_INCAPABLE(7),
	/** One parent works away, the other died: left-behind, not de-facto unsupported. */
	MIGRANT_AND_DECEASED(3),
	/** Both parents died: orphan, guardianship difficulty. */
	ORPHAN(3),
	/** Father imprisoned for years, mother out of contact for over six months: de-facto unsupported. */
	IMPRISONED_AND_LOST(3),
	/** One parent died, the other severely disabled: de-facto unsupported. */
	DECEASED_AND_DISABLED(2),
	/** Mother out of contact for only a few months: not yet de-facto unsupported. */
	LOST_CONTACT_RECENTLY(2),
	/** Parents at home on 低保: poverty difficulty. */
	POVERTY(10),
	/** Parents at home, the child is disabled: disability difficulty. */
	DISABLED_CHILD(6),
	/** Parents away, nobody guards, the child lives alone: left-behind and guardianship difficulty. */
	UNGUARDED(2),
	/** Parents work away but the child has urban hukou: not left-behind. */
	URBAN_MIGRANT(4),
	/** Parents at home: registered in the survey, not a target child. */
	ORDINARY(18);

	private final int weight;

	FamilyScenario(int weight) {
		this.weight = weight;
	}

	static FamilyScenario pick(double uniform) {
		int total = 0;
		for (FamilyScenario s : values()) {
			total += s.weight;
		}
		double point = uniform * total;
		for (FamilyScenario s : values()) {
			point -= s.weight;
			if (point < 0) {
				return s;
			}
		}
		return ORDINARY;
	}
}
