package org.shouhu.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

/**
 * Looks up divisions and answers jurisdiction questions. Division data never changes while running,
 * so lookups are cached. No transaction of its own: a cached lookup needs none (a list of 500 to-do items names 500
 * villages), and the repository reads the rest in its own.
 */
@Service
public class Regions {

	/** The jurisdiction code for all of China. */
	public static final String COUNTRY = "CN";

	private final RegionRepository repository;
	private final ConcurrentHashMap<String, Optional<Region>> byCode = new ConcurrentHashMap<>();
	private final ConcurrentHashMap<String, List<Region>> childrenByCode = new ConcurrentHashMap<>();

	Regions(RegionRepository repository) {
		this.repository = repository;
	}

	/** The division with this code ({@code CN} is the country), if it is loaded. */
	public Optional<Region> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		if (COUNTRY.equals(code)) {
			return Optional.of(Region.country());
		}
		if (RegionLevel.ofCode(code) == null) {
			return Optional.empty();
		}
		return byCode.computeIfAbsent(code, repository::findById);
	}

	/** Whether the code names a loaded village (12 digits). */
	public boolean isVillage(String code) {
		return find(code).map(r -> r.getLevel() == RegionLevel.VILLAGE).orElse(false);
	}

	/** The divisions directly below, ordered by code; the provinces below {@code CN}. */
	public List<Region> children(String code) {
		return childrenByCode.computeIfAbsent(code, c -> Collections.unmodifiableList(COUNTRY.equals(c)
				? repository.findByParentCodeIsNullOrderByCode()
				: repository.findByParentCodeOrderByCode(c)));
	}

	/** From the province down to the division itself; empty when unknown. */
	public List<Region> ancestry(String code) {
		List<Region> path = new ArrayList<>();
		Optional<Region> current = COUNTRY.equals(code) ? Optional.empty() : find(code);
		while (current.isPresent()) {
			path.add(0, current.get());
			current = find(current.get().getParentCode());
		}
		return path;
	}

	/** Names joined from the province down, e.g. {@code 陕西省宝鸡市凤县凤州镇}; the code itself when unknown. */
	public String fullName(String code) {
		if (COUNTRY.equals(code)) {
			return "全国";
		}
		List<Region> path = ancestry(code);
		if (path.isEmpty()) {
			return code;
		}
		StringBuilder name = new StringBuilder();
		path.forEach(r -> name.append(r.getName()));
		return name.toString();
	}

	/** The division's own name, or the code when unknown. */
	public String name(String code) {
		return find(code).map(Region::getName).orElse(code);
	}

	/**
	 * Whether {@code code} lies inside (or is) {@code jurisdiction}. Codes nest by prefix, so this needs no lookup.
	 */
	public static boolean within(String jurisdiction, String code) {
		if (jurisdiction == null || code == null) {
			return false;
		}
		return COUNTRY.equals(jurisdiction) || code.startsWith(jurisdiction);
	}

	/** The code of the ancestor at {@code level} (a prefix of the code), or {@code null} if the code is above it. */
	public static String ancestorCode(String code, RegionLevel level) {
		if (level == RegionLevel.COUNTRY) {
			return COUNTRY;
		}
		if (code == null || code.length() < level.codeLength() || COUNTRY.equals(code)) {
			return null;
		}
		return code.substring(0, level.codeLength());
	}
}
