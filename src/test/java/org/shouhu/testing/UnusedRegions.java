package org.shouhu.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.shouhu.region.Region;
import org.shouhu.region.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one allocator of regions for tests that must not share them: each county, township and village is handed out
 * once per JVM (test classes, in any of the test contexts), and townships and villages only while no child file
 * (active or exited) lies in them, so that a test can count what it registered there also when the suite runs again
 * on a kept PostgreSQL database. Never hands out anything in the counties of {@link TestVillages} (凤县, 太白县,
 * 罗湖区), which the constant fixtures share.
 * <pre>
 * static final String COUNTY = UnusedRegions.county();   // a county of its own, for the whole class
 * &#64;Autowired UnusedRegions unused;
 * String village = unused.village();                     // a village without files, anywhere
 * String township = unused.township(COUNTY);             // a township without files in the class's county
 * </pre>
 * A county is only the test class's own: it may hold files from earlier runs on a kept database (the test region
 * table has 43 counties to hand out), so count from a township or village of it.
 */
@Component
public class UnusedRegions {

	/** The counties of the test region table ({@code shouhu.regions: 6103,6104,6105,4403}) outside {@link TestVillages}. */
	static final List<String> COUNTIES = List.of("610302", "610303", "610304", "610305", "610323", "610324",
			"610326", "610327", "610328", "610329", "610402", "610403", "610404", "610422", "610423", "610424",
			"610425", "610426", "610428", "610429", "610430", "610431", "610481", "610482",
			"610502", "610503", "610522", "610523", "610524", "610525", "610526", "610527", "610528", "610581", "610582",
			"440304", "440305", "440306", "440307", "440308", "440309", "440310", "440311");
	private static final List<String> SHARED_FIRST = reversed(COUNTIES);
	private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();
	/** Counties whose townships and villages {@link #township()} and {@link #village()} hand out (深圳市's first). */
	private static final List<String> SHARED = Collections.synchronizedList(new ArrayList<>());

	private final Regions regions;
	private final JdbcTemplate jdbc;

	UnusedRegions(Regions regions, JdbcTemplate jdbc) {
		this.regions = regions;
		this.jdbc = jdbc;
	}

	/**
	 * A county no other test got (needs no database: usable in a {@code static final} field). 宝鸡市's first, so that
	 * a test class may rely on the county lying in 陕西省宝鸡市 while the ten last.
	 */
	public static String county() {
		return first(COUNTIES);
	}

	private static String first(List<String> counties) {
		for (String county : counties) {
			if (HANDED_OUT.add(county)) {
				return county;
			}
		}
		throw new IllegalStateException("every county of the test region table is handed out already: " + COUNTIES);
	}

	/** A village without child files in a county that no test owns. */
	public String village() {
		return fromShared(this::villageOrNull);
	}

	/** A village without child files in the county (the test's own county, or one of {@link TestVillages}). */
	public String village(String county) {
		return orFail(villageOrNull(county), "village", county);
	}

	/** A township with at least three villages and without child files, in a county that no test owns. */
	public String township() {
		return fromShared(this::townshipOrNull);
	}

	/** A township with villages and without child files in the county; its villages are the test's too. */
	public String township(String county) {
		return orFail(townshipOrNull(county), "township", county);
	}

	/** The name of a region the test got, as pages show it ({@code 千阳县}). */
	public String name(String code) {
		return regions.find(code).orElseThrow().getName();
	}

	/** The full name of a region the test got ({@code 陕西省宝鸡市千阳县}). */
	public String fullName(String code) {
		return regions.fullName(code);
	}

	/** The first {@code n} villages of a township the test got. */
	public List<String> villages(String township, int n) {
		return regions.children(township).stream().limit(n).map(Region::getCode).toList();
	}

	private String villageOrNull(String county) {
		for (String village : jdbc.queryForList("select r.code from region r where r.level = 'VILLAGE'"
				+ " and r.code like ? and not exists (select 1 from child c where c.village_code = r.code)"
				+ " order by r.code", String.class, county + "%")) {
			if (!HANDED_OUT.contains(village.substring(0, 9)) && HANDED_OUT.add(village)) {
				return village;
			}
		}
		return null;
	}

	private String townshipOrNull(String county) {
		for (String township : jdbc.queryForList("select t.code from region t where t.level = 'TOWNSHIP'"
				+ " and t.code like ? and (select count(*) from region v where v.parent_code = t.code) >= 3"
				+ " and not exists (select 1 from child c where c.township_code = t.code)"
				+ " order by t.code", String.class, county + "%")) {
			if (HANDED_OUT.add(township)) {
				boolean villageHandedOut = regions.children(township).stream()
					.anyMatch(village -> HANDED_OUT.contains(village.getCode()));
				if (!villageHandedOut) {
					return township;
				}
			}
		}
		return null;
	}

	private String fromShared(java.util.function.Function<String, String> find) {
		synchronized (SHARED) {
			for (String county : SHARED) {
				String found = find.apply(county);
				if (found != null) {
					return found;
				}
			}
			String county = first(SHARED_FIRST);
			SHARED.add(county);
			return orFail(find.apply(county), "region", county);
		}
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return List.copyOf(copy);
	}

	private static String orFail(String code, String what, String county) {
		if (code == null) {
			throw new IllegalStateException("no " + what + " without child files left in " + county);
		}
		return code;
	}
}
