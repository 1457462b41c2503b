package org.shouhu.child;

/**
 * Where a file lives and whether it is active, nothing of the child: what a transfer needs to route and check a
 * request ({@link ChildManagement#locateByIdNumber}, {@link ChildManagement#locate}).
 */
public record FileLocation(long childId, String villageCode, String townshipCode, ChildStatus status, long version) {

	static FileLocation of(Child child) {
		return new FileLocation(child.getId(), child.getVillageCode(), child.getTownshipCode(), child.getStatus(),
				child.getVersion());
	}
}
