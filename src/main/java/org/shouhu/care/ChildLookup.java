package org.shouhu.care;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatus;
import org.shouhu.child.ChildSummary;
import org.springframework.stereotype.Component;

/**
 * The child files assessments and work logs refer to, read through the child module's list lines (no whole-file read,
 * so no VIEW audit) with its caller rules: a role that does not work with child files → 403, a file outside the
 * caller's jurisdiction → 404.
 */
@Component
class ChildLookup {

	private final ChildManagement children;

	ChildLookup(ChildManagement children) {
		this.children = children;
	}

	/** The caller's child {@code id}; 403/404 as the child module answers. */
	CaredChild find(long id) {
		ChildSummary child = children.summary(id);
		return new CaredChild(child.id(), child.name(), child.villageCode(), child.villageName(),
				child.status() == ChildStatus.ACTIVE);
	}

	/** Whether the caller's jurisdiction holds the child {@code id}. */
	boolean exists(long id) {
		return children.summaries(List.of(id)).containsKey(id);
	}

	/**
	 * The names of {@code ids} in the given order, one query; a child no longer in the caller's jurisdiction (moved
	 * away) keeps its id with a null name.
	 */
	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		Map<Long, ChildSummary> found = children.summaries(ids);
		ids.forEach(id -> names.put(id, found.containsKey(id) ? found.get(id).name() : null));
		return names;
	}

	record CaredChild(long id, String name, String villageCode, String villageName, boolean active) {
	}
}
