package org.shouhu.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.shouhu.child.Category;
import org.shouhu.child.ChildManagement;
import org.shouhu.child.ChildStatisticsFacts;
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

	StatisticsCounters(ChildManagement children, NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
		this.children = children;
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

	private void apply(Set<Long> childIds) {
		Map<CounterKey, Long> deltas = new TreeMap<>();
		for (long childId : new TreeSet<>(childIds)) {
			Contribution before = current(childId);
			ChildStatisticsFacts facts = children.statisticsFacts(childId);
			Contribution after = facts.counted() ? Contribution.of(facts) : null;
			if (java.util.Objects.equals(before, after)) {
				continue;
			}
			if (before != null) {
				before.keys().forEach(k -> deltas.merge(k, -1L, Long::sum));
			}
			if (after != null) {
				after.keys().forEach(k -> deltas.merge(k, 1L, Long::sum));
			}
			write(childId, before, after);
		}
		deltas.forEach((key, delta) -> {
			if (delta != 0) {
				add(key, delta);
			}
		});
	}

	/** The child's contribution row, locked for the rest of the transaction; {@code null} when not counted. */
	private Contribution current(long childId) {
		List<Contribution> rows = jdbc.query("""
				select village_code, birth_date, gender, left_behind, orphan, de_facto, poverty, disability,
				       guardianship, caregiver
				from stat_child where child_id = :id for update""", Map.of("id", childId), (rs, n) -> {
			Set<Category> categories = new TreeSet<>();
			for (Category c : Category.values()) {
				if (rs.getInt(CATEGORY_COLUMNS.get(c)) == 1) {
					categories.add(c);
				}
			}
			return new Contribution(rs.getString(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
					Set.copyOf(categories), rs.getString(10));
		});
		return rows.isEmpty() ? null : rows.get(0);
	}

	private void write(long childId, Contribution before, Contribution after) {
		if (after == null) {
			jdbc.update("delete from stat_child where child_id = :id", Map.of("id", childId));
			return;
		}
		MapSqlParameterSource params = after.params().addValue("id", childId);
		if (before == null) {
			jdbc.update("""
					insert into stat_child (child_id, province_code, city_code, county_code, township_code,
					        village_code, birth_date, birth_month, gender, left_behind, orphan, de_facto, poverty,
					        disability, guardianship, caregiver)
					values (:id, :province, :city, :county, :township, :village, :birthDate, :birthMonth, :gender,
					        :left_behind, :orphan, :de_facto, :poverty, :disability, :guardianship, :caregiver)""",
					params);
		} else {
			jdbc.update("""
					update stat_child set province_code = :province, city_code = :city, county_code = :county,
					       township_code = :township, village_code = :village, birth_date = :birthDate,
					       birth_month = :birthMonth, gender = :gender, left_behind = :left_behind, orphan = :orphan,
					       de_facto = :de_facto, poverty = :poverty, disability = :disability,
					       guardianship = :guardianship, caregiver = :caregiver
					where child_id = :id""", params);
		}
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
