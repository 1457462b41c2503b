package org.shouhu.child;

/** Why a child left the registry (减员原因, DOMAIN.md §3). */
public enum ExitReason {

	AGED_OUT("年满16/18周岁"),
	PARENTS_RETURNED("父母返乡"),
	MOVED_AWAY("迁出"),
	ADOPTED("被收养"),
	DECEASED("死亡"),
	NO_LONGER_ELIGIBLE("不再符合条件"),
	OTHER("其他");

	private final String label;

	ExitReason(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
