package org.shouhu.child;

/**
 * Filters of the child list; all optional and combined with AND, always inside the caller's jurisdiction.
 *
 * @param regionCode any division code (2, 4, 6, 9 or 12 digits): files in it
 * @param q          name substring, pinyin initials or full pinyin prefix ({@code wxm}, {@code wangxiao}), or a
 *                   full ID number (exact)
 */
public record ChildQuery(String villageCode, String regionCode, Category category, ChildStatus status, String q) {

	public static ChildQuery all() {
		return new ChildQuery(null, null, null, null, null);
	}
}
