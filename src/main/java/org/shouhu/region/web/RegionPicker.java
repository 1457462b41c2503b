package org.shouhu.region.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.shouhu.region.CallerJurisdiction;
import org.shouhu.region.Region;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Works out what the cascading region picker ({@code templates/region/picker.html}) shows: one select per level
 * from below {@code root} down to the chosen value and the next level to choose, never deeper than the form needs.
 * Templates call it as {@code @regionPicker}.
 */
@Component("regionPicker")
public class RegionPicker {

	/** A form field name: letters, digits and the characters Spring binding uses for paths. */
	static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\[\\]-]{0,79}");

	private final Regions regions;
	private final CallerJurisdiction callerJurisdiction;

	RegionPicker(Regions regions, CallerJurisdiction callerJurisdiction) {
		this.regions = regions;
		this.callerJurisdiction = callerJurisdiction;
	}

	/**
	 * The picker for a form field.
	 *
	 * @param field name of the hidden input that carries the deepest chosen code
	 * @param value the current code; ignored when unknown or outside {@code root}; cut to {@code level}
	 * @param root the highest region to choose in (the user's jurisdiction; {@code CN} = provinces); blank = the
	 *     caller's jurisdiction. A root outside the caller's jurisdiction is replaced by the jurisdiction.
	 * @param level the deepest level the form needs ({@code RegionLevel} name); blank = {@code VILLAGE}
	 * @param all whether an empty lower select means "all of the level above" (filters) rather than "not chosen yet"
	 */
	public Model picker(String field, String value, String root, String level, boolean all) {
		return build(field, value, root(root), level, all ? "filter" : "pick");
	}

	/**
	 * The picker for a region anywhere in the country, whatever the caller's jurisdiction: for a form whose region
	 * lies on the other side by nature (the village a file is transferred to). Division names and codes are public
	 * statistics; what the form may do with the chosen code is its own check.
	 */
	public Model country(String field, String value, String level) {
		return build(field, value, Regions.COUNTRY, level, "country");
	}

	private Model build(String field, String value, String effectiveRoot, String level, String mode) {
		if (field == null || !FIELD.matcher(field).matches()) {
			throw new IllegalArgumentException("invalid field name for the region picker: " + field);
		}
		boolean all = "filter".equals(mode);
		RegionLevel rootLevel = RegionLevel.ofCode(effectiveRoot);
		RegionLevel deepest = level(level);
		String chosen = value(value, effectiveRoot, deepest);

		List<Step> steps = new ArrayList<>();
		for (RegionLevel step = rootLevel.below(); step != null && step.ordinal() <= deepest.ordinal(); step = step.below()) {
			String parent = Regions.ancestorCode(chosen, step.above());
			if (parent == null) {
				break;
			}
			List<Region> options = regions.children(parent);
			if (options.isEmpty()) {
				break;
			}
			String selected = Regions.ancestorCode(chosen, step);
			steps.add(new Step(step, id(field, step), parent, selected == null ? "" : selected, options));
			if (selected == null) {
				break;
			}
		}
		String vals = "{\"field\":\"" + field + "\",\"root\":\"" + effectiveRoot + "\",\"level\":\"" + deepest.name()
				+ "\",\"mode\":\"" + mode + "\"}";
		return new Model(field, chosen, effectiveRoot, regions.name(effectiveRoot), deepest, all, List.copyOf(steps), vals);
	}

	private String root(String root) {
		Optional<String> jurisdiction = callerJurisdiction.find();
		String fallback = jurisdiction.orElse(Regions.COUNTRY);
		if (root == null || root.isBlank() || regions.find(root.trim()).isEmpty()) {
			return fallback;
		}
		String code = root.trim();
		return jurisdiction.filter(j -> !Regions.within(j, code)).isPresent() ? fallback : code;
	}

	private String value(String value, String root, RegionLevel deepest) {
		if (value == null || value.isBlank()) {
			return root;
		}
		String code = value.trim();
		RegionLevel level = RegionLevel.ofCode(code);
		if (level == null || !Regions.within(root, code) || regions.find(code).isEmpty()) {
			return root;
		}
		if (level.ordinal() > deepest.ordinal()) {
			code = Regions.ancestorCode(code, deepest);
		}
		return code.length() < root.length() || Regions.COUNTRY.equals(code) ? root : code;
	}

	private static RegionLevel level(String level) {
		if (level == null || level.isBlank()) {
			return RegionLevel.VILLAGE;
		}
		try {
			RegionLevel parsed = RegionLevel.valueOf(level.trim().toUpperCase());
			return parsed == RegionLevel.COUNTRY ? RegionLevel.PROVINCE : parsed;
		}
		catch (IllegalArgumentException e) {
			return RegionLevel.VILLAGE;
		}
	}

	private static String id(String field, RegionLevel level) {
		return "region-" + field.replaceAll("[^A-Za-z0-9_-]", "-") + "-" + level.name().toLowerCase();
	}

	/**
	 * What the picker shows.
	 *
	 * @param value the deepest chosen code (the root when nothing below it is chosen)
	 * @param vals the htmx {@code hx-vals} JSON that sends field, root, level and mode back with each change
	 */
	public record Model(String field, String value, String root, String rootName, RegionLevel level, boolean all,
			List<Step> steps, String vals) {
	}

	/**
	 * One select: the divisions below {@code parentCode}; choosing the empty option means the parent itself.
	 *
	 * @param selected the chosen code at this level, or empty
	 */
	public record Step(RegionLevel level, String id, String parentCode, String selected,
			List<Region> options) {
	}
}
