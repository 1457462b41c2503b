package org.shouhu.region.web;

import org.shouhu.region.Region;

/** A division as the API shows it: {@code level} is the {@code RegionLevel} name. */
record RegionView(String code, String name, String level, String parentCode) {

	static RegionView of(Region region) {
		return new RegionView(region.getCode(), region.getName(), region.getLevel().name(), region.getParentCode());
	}
}
