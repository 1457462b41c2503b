package org.shouhu.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.shouhu.child.Category;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatisticsFacts;
import org.shouhu.common.CustomPlans;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code stat_child} and {@code stat_county} (package-info): {@link #changed} notes a child in the current
 * transaction; before the commit each noted child's contribution row is rewritten from the file (ascending id, row
 * locked) and the counters are moved by the difference, in ascending (county, dimension, key) order. No caller
 * check: the child module has done it.
 */
@Component
class StatisticsCounters {

	/** The category columns of {@code stat_child}, by category. */
	static final Map<Category, String> CATEGORY_COLUMNS = Map.of(Category.LEFT_BEHIND, "left_behind",
			Category.ORPHAN, "orphan", Category.DE_FACTO_UNSUPPORTED, "de_facto", Category.POVERTY_DIFFICULTY,
			"poverty", Category.DISABILITY_DIFFICULTY, "disability", Category.GUARDIANSHIP_DIFFICULTY,
			"guardianship");

	private final ChildManagement children;
	private final NamedParameterJdbcTemplate jdbc;
	private final DataSource dataSource;

	private final CustomPlans customPlans;

	StatisticsCounters(ChildManagement children, NamedParameterJdbcTemplate jdbc, DataSource dataSource,
			CustomPlans customPlans) {
		this.children = children;
		this.customPlans = customPlans;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/**
	 * Notes that file {@code childId} changed; it is counted anew before the transaction commits. The noted ids live in
	 * the transaction's own synchronization, so a suspended outer transaction and an inner one each count their own.
	 */
	void changed(long childId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			apply(Set.of(childId));
			return;
		}
		Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
				.filter(Pending.class::isInstance).map(Pending.class::cast).filter(p -> p.owner() == this)
				.findFirst().orElseGet(() -> {
					Pending created = new Pending(this, new TreeSet<>());
					TransactionSynchronizationManager.registerSynchronization(created);
					return created;
				});
		pending.childIds().add(childId);
	}

	/** The children noted in one transaction, counted before it commits. */
	private record Pending(StatisticsCounters owner, Set<Long> childIds) implements TransactionSynchronization {

		@Override
		public void beforeCommit(boolean readOnly) {
			owner.apply(childIds);
		}
	}

	/** Rows per statement of {@link #apply} (an import's batch is counted in a few statements, not one per file). */
	static final int CHUNK = 500;

	private void apply(Set<Long> childIds) {
		Map<CounterKey, Long> deltas = new TreeMap<>();
		List<Long> ids = List.copyOf(new TreeSet<>(childIds));
		for (int from = 0; from < ids.size(); from += CHUNK) {
			apply(ids.subList(from, Math.min(ids.size(), from + CHUNK)), deltas);
		}
		List<CounterKey> keys = new ArrayList<>();
		deltas.forEach((key, delta) -> {
			if (delta != 0) {
				keys.add(key);
			}
		});
		add(keys, deltas);
	}

	/** Rewrites the contribution rows of {@code ids} (ascending) and adds their differences to {@code deltas}. */
	private void apply(List<Long> ids, Map<CounterKey, Long> deltas) {
		Map<Long, Contribution> before = customPlans.of(() -> current(ids));
		Map<Long, ChildStatisticsFacts> facts = children.statisticsFacts(ids);
		List<MapSqlParameterSource> inserts = new ArrayList<>();
		List<MapSqlParameterSource> updates = new ArrayList<>();
		List<MapSqlParameterSource> deletes = new ArrayList<>();
		for (long childId : ids) {
			Contribution was = before.get(childId);
			ChildStatisticsFacts now = facts.get(childId);
			Contribution after = now != null && now.counted() ? Contribution.of(now) : null;
			if (java.util.Objects.equals(was, after)) {
				continue;
			}
			if (was != null) {
				was.keys().forEach(k -> deltas.merge(k, -1L, Long::sum));
			}
			if (after != null) {
				after.keys().forEach(k -> deltas.merge(k, 1L, Long::sum));
			}
			if (after == null) {
				deletes.add(new MapSqlParameterSource("id", childId));
			}
			else {
				(was == null ? inserts : updates).add(after.params().addValue("id", childId));
			}
		}
		batch("delete from stat_child where child_id = :id", deletes);
		batch("""
				insert into stat_child (child_id, province_code, city_code, county_code, township_code,
				        village_code, birth_date, birth_month, gender, left_behind, orphan, de_facto, poverty,
				        disability, guardianship, caregiver)
				values (:id, :province, :city, :county, :township, :village, :birthDate, :birthMonth, :gender,
				        :left_behind, :orphan, :de_facto, :poverty, :disability, :guardianship, :caregiver)""",
				inserts);
		batch("""
				update stat_child set province_code = :province, city_code = :city, county_code = :county,
				       township_code = :township, village_code = :village, birth_date = :birthDate,
				       birth_month = :birthMonth, gender = :gender, left_behind = :left_behind, orphan = :orphan,
				       de_facto = :de_facto, poverty = :poverty, disability = :disability,
				       guardianship = :guardianship, caregiver = :caregiver
				where child_id = :id""", updates);
	}

	private int[] batch(String sql, List<MapSqlParameterSource> rows) {
		return rows.isEmpty() ? new int[0] : jdbc.batchUpdate(sql, rows.toArray(MapSqlParameterSource[]::new));
	}

	/** The contribution rows of {@code ids}, locked (ascending id) for the rest of the transaction. */
	private Map<Long, Contribution> current(List<Long> ids) {
		Map<Long, Contribution> rows = new HashMap<>();
		jdbc.query("""
				select child_id, village_code, birth_date, gender, left_behind, orphan, de_facto, poverty, disability,
				       guardianship, caregiver
				from stat_child where child_id in (:ids) order by child_id for update""", Map.of("ids", ids), rs -> {
			Set<Category> categories = new TreeSet<>();
			for (Category c : Category.values()) {
				if (rs.getInt(CATEGORY_COLUMNS.get(c)) == 1) {
					categories.add(c);
				}
			}
			rows.put(rs.getLong(1), new Contribution(rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
					rs.getString(4), Set.copyOf(categories), rs.getString(11)));
		});
		return rows;
	}

	/**
	 * Moves the counters {@code keys} (ascending) by their deltas, each key locked in that order so that concurrent
	 * changes of one county cannot deadlock: on PostgreSQL in one batch of upserts (a key no row had yet, the first
	 * file of that key in the county, is inserted; a concurrent first insert of it turns into an update), on H2 key by
	 * key ({@link #add(CounterKey, long)}).
	 */
	private void add(List<CounterKey> keys, Map<CounterKey, Long> deltas) {
		if (!customPlans.postgres()) {
			keys.forEach(key -> add(key, deltas.get(key)));
			return;
		}
		batch("""
				insert into stat_county (county_code, dim, k, n) values (:county, :dim, :k, :delta)
				on conflict (county_code, dim, k) do update set n = stat_county.n + excluded.n""",
				keys.stream().map(key -> new MapSqlParameterSource().addValue("county", key.county())
						.addValue("dim", key.dim()).addValue("k", key.key()).addValue("delta", deltas.get(key)))
					.toList());
	}

	/**
	 * Moves one counter by {@code delta}: an update, or (first file of that key in the county) an insert under a
	 * savepoint, so that a concurrent first insert of the same key (duplicate) falls back to the update.
	 */
	private void add(CounterKey key, long delta) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("county", key.county())
				.addValue("dim", key.dim()).addValue("k", key.key()).addValue("delta", delta);
		String update = "update stat_county set n = n + :delta where county_code = :county and dim = :dim and k = :k";
		if (jdbc.update(update, params) > 0) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		Savepoint savepoint;
		try {
			savepoint = connection.setSavepoint();
		} catch (SQLException e) {
			throw new IllegalStateException("savepoint for statistics counter", e);
		}
		try {
			jdbc.update("insert into stat_county (county_code, dim, k, n) values (:county, :dim, :k, :delta)", params);
			connection.releaseSavepoint(savepoint);
		} catch (DuplicateKeyException duplicate) {
			try {
				connection.rollback(savepoint);
			} catch (SQLException e) {
				throw new IllegalStateException("rollback to savepoint for statistics counter", e);
			}
			jdbc.update(update, params);
		} catch (SQLException e) {
			throw new IllegalStateException("release savepoint for statistics counter", e);
		}
	}

	/** One counter: dimension {@code C} (children, key {@code -}), {@code CAT}, {@code CARE}, {@code G}, {@code B}. */
	record CounterKey(String county, String dim, String key) implements Comparable<CounterKey> {

		@Override
		public int compareTo(CounterKey other) {
			int c = county.compareTo(other.county);
			if (c == 0) {
				c = dim.compareTo(other.dim);
			}
			return c != 0 ? c : key.compareTo(other.key);
		}
	}

	/** What one counted file adds to the counters. */
	record Contribution(String village, java.time.LocalDate birthDate, String gender, Set<Category> categories,
			String caregiver) {

		static Contribution of(ChildStatisticsFacts facts) {
			return new Contribution(facts.villageCode(), facts.birthDate(), facts.gender().name(),
					Set.copyOf(facts.categories()),
					facts.caregiverRelation() == null ? StatisticsSummary.NO_CAREGIVER : facts.caregiverRelation().name());
		}

		String county() {
			return village.substring(0, 6);
		}

		int birthMonth() {
			return birthDate.getYear() * 100 + birthDate.getMonthValue();
		}

		List<CounterKey> keys() {
			String county = county();
			List<CounterKey> keys = new ArrayList<>();
			keys.add(new CounterKey(county, "C", "-"));
			categories.forEach(c -> keys.add(new CounterKey(county, "CAT", c.name())));
			if (categories.contains(Category.LEFT_BEHIND)) {
				keys.add(new CounterKey(county, "CARE", caregiver));
			}
			keys.add(new CounterKey(county, "G", gender));
			keys.add(new CounterKey(county, "B", Integer.toString(birthMonth())));
			return keys;
		}

		MapSqlParameterSource params() {
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("province", village.substring(0, 2))
					.addValue("city", village.substring(0, 4)).addValue("county", county())
					.addValue("township", village.substring(0, 9)).addValue("village", village)
					.addValue("birthDate", birthDate).addValue("birthMonth", birthMonth()).addValue("gender", gender)
					.addValue("caregiver", caregiver);
			CATEGORY_COLUMNS.forEach((c, column) -> params.addValue(column, categories.contains(c) ? 1 : 0));
			return params;
		}
	}
}
