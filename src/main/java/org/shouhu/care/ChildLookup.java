package org.shouhu.care;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildView;
import org.shouhu.common.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The child files assessments and work logs refer to, read through the child module with its caller rules: a role
 * that does not work with child files → 403, a file outside the caller's jurisdiction → 404.
 */
@Component
class ChildLookup {

	private final ChildManagement children;

	ChildLookup(ChildManagement children) {
		this.children = children;
	}

	/** The caller's child {@code id}; 403/404 as the child module answers. */
	CaredChild find(long id) {
		ChildView view = children.find(id);
		return new CaredChild(view.id(), view.file().name(), view.file().villageCode(), view.villageName(),
				view.status() == ChildStatus.ACTIVE);
	}

	/** Whether the caller's jurisdiction holds the child {@code id}. */
	boolean exists(long id) {
		try {
			children.find(id);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

	/** The names of the caller's children among {@code ids}, in the given order; a name is null when unknown. */
	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		ids.forEach(id -> names.put(id, null));
		return names;
	}

	record CaredChild(long id, String name, String villageCode, String villageName, boolean active) {
	}
}
