package org.shouhu.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.shouhu.region.RegionLevel;
import org.shouhu.region.RegionScope;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Component;

/**
 * Queries for child data, each restricted IN THE QUERY to the caller's jurisdiction via the indexed region columns
 * (2 digits → {@code province_code}, 4 → {@code city_code}, 6 → {@code county_code}, 9 → {@code township_code},
 * 12 → {@code village_code}, {@code CN} → no condition; anything else matches nothing).
 */
@Component
class ScopedChildQueries {

	private final EntityManager entities;

	ScopedChildQueries(EntityManager entities) {
		this.entities = entities;
	}

	Optional<Child> find(long id, String jurisdiction) {
		Map<String, Object> params = new HashMap<>();
		String jpql = "select c from Child c where c.id = :id and " + RegionScope.jpql("c.region", "scope", jurisdiction, params);
		params.put("id", id);
		return query(jpql, params).getResultStream().findFirst();
	}

	/**
	 * The list lines of those of the files that lie in the jurisdiction, read as columns rather than whole files: only
	 * the child's own ID number is decrypted (loading the files decrypts the parents' and caregiver's numbers too,
	 * six more per file), and the categories come in one more query.
	 */
	List<SummaryColumns> findSummaryColumns(Collection<Long> ids, String jurisdiction) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		String scope = RegionScope.jpql("c.region", "scope", jurisdiction, params);
		params.put("ids", ids);
		TypedQuery<Object[]> rows = entities.createQuery("select c.id, c.name, c.gender, c.birthDate, c.region.villageCode,"
				+ " c.idNumber, c.status, c.temporaryGuardianship from Child c where c.id in :ids and " + scope, Object[].class);
		params.forEach(rows::setParameter);
		TypedQuery<Object[]> categories = entities.createQuery(
				"select c.id, cat.code from Child c join c.categories cat where c.id in :ids and " + scope,
				Object[].class);
		params.forEach(categories::setParameter);
		Map<Long, List<Category>> categoriesById = new HashMap<>();
		categories.getResultList().forEach(row -> categoriesById.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add((Category) row[1]));
		return rows.getResultList().stream().map(row -> new SummaryColumns((Long) row[0], (String) row[1],
				(Gender) row[2], (LocalDate) row[3], (String) row[4], (String) row[5], (ChildStatus) row[6], (Boolean) row[7],
				categoriesById.getOrDefault((Long) row[0], List.of()).stream().sorted().toList())).toList();
	}

	/** Those of the files (any jurisdiction) that are suggested for exit: active, no category, not kept. */
	List<ExitSuggestedColumns> findExitSuggested(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return entities.createQuery("select c.id, c.categoriesEndedOn, c.categoriesEndedReason, c.name,"
				+ " c.region.villageCode from Child c where c.id in :ids and " + EXIT_SUGGESTED, Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.map(ScopedChildQueries::exitSuggested)
			.toList();
	}

	/**
	 * The files of the jurisdiction suggested for exit, longest suggested first, at most {@code limit}: read through
	 * the index on {@code categories_ended_on} (few files are suggested at a time), then the region column.
	 */
	List<ExitSuggestedColumns> findExitSuggestedIn(String jurisdiction, int limit) {
		Map<String, Object> params = new HashMap<>();
		TypedQuery<Object[]> query = entities.createQuery("select c.id, c.categoriesEndedOn, c.categoriesEndedReason,"
				+ " c.name, c.region.villageCode from Child c where " + EXIT_SUGGESTED + " and "
				+ RegionScope.jpql("c.region", "scope", jurisdiction, params)
				+ " order by c.categoriesEndedOn, c.id", Object[].class);
		params.forEach(query::setParameter);
		return query.setMaxResults(limit).getResultList().stream().map(ScopedChildQueries::exitSuggested).toList();
	}

	private static final String EXIT_SUGGESTED = "c.categoriesEndedOn is not null and c.keptReason is null"
			+ " and c.status = org.shouhu.child.ChildStatus.ACTIVE and c.categoryCodes = ','";

	private static ExitSuggestedColumns exitSuggested(Object[] row) {
		return new ExitSuggestedColumns((Long) row[0], (LocalDate) row[1], (CategoriesEndedReason) row[2],
				(String) row[3], (String) row[4]);
	}

	/** A file suggested for exit: since when, why, and its name and village for a to-do item. */
	record ExitSuggestedColumns(long id, LocalDate since, CategoriesEndedReason reason, String name,
			String villageCode) {
	}

	/** What a list line shows of a file; {@code idNumber} in plain text, {@code categories} in their order. */
	record SummaryColumns(long id, String name, Gender gender, LocalDate birthDate, String villageCode,
			String idNumber, ChildStatus status, boolean temporaryGuardianship, List<Category> categories) {
	}

	/**
	 * One page (newest file first: {@code order by id desc}), fetching one more row than asked to tell whether there
	 * is a next page. {@code idNumberHash} set means q was a full ID number.
	 * <p>
	 * The page's ids are selected first and the files loaded by id afterwards: on PostgreSQL the region indexes carry
	 * name, status and category codes (vendor migration V8_1), so the id query is an index-only scan that filters on
	 * the index entries and stops after one page instead of reading every file of a county that a short name search
	 * rejects.
	 */
	List<Child> list(String jurisdiction, ChildQuery query, String idNumberHash, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String from = from(jurisdiction, query, idNumberHash, params);
		TypedQuery<Long> ids = entities.createQuery("select c.id " + from + " order by c.id desc", Long.class);
		params.forEach(ids::setParameter);
		List<Long> pageIds = ids.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
		if (pageIds.isEmpty()) {
			return List.of();
		}
		Map<Long, Child> byId = new HashMap<>();
		query("select c from Child c where c.id in :ids", Map.of("ids", pageIds)).getResultList()
				.forEach(c -> byId.put(c.getId(), c));
		return pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** How many files {@link #list} would page through, counting no further than {@code cap + 1}. */
	long count(String jurisdiction, ChildQuery query, String idNumberHash, long cap) {
		Map<String, Object> params = new HashMap<>();
		String from = from(jurisdiction, query, idNumberHash, params);
		TypedQuery<Long> count = entities.createQuery("select count(*) from (select c.id as id " + from
				+ " order by c.id desc limit :countLimit) matching", Long.class);
		params.forEach(count::setParameter);
		count.setParameter("countLimit", (int) Math.min(Integer.MAX_VALUE, cap + 1));
		return count.getSingleResult();
	}

	static String from(String jurisdiction, ChildQuery query, String idNumberHash, Map<String, Object> params) {
		StringBuilder jpql = new StringBuilder("from Child c where ");
		String scope = narrowest(jurisdiction, query);
		jpql.append(scope == null ? "1 = 0" : RegionScope.jpql("c.region", "scope", scope, params));
		if (query.category() != null) {
			jpql.append(" and c.categoryCodes like :category");
			params.put("category", "%," + query.category().name() + ",%");
		}
		if (query.status() != null) {
			jpql.append(" and c.status = :status");
			params.put("status", query.status());
		}
		String q = query.q();
		if (idNumberHash != null) {
			jpql.append(" and c.idNumberHash = :hash");
			params.put("hash", idNumberHash);
		}
		else if (q != null && q.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
			jpql.append(" and (c.nameInitials like :prefix or c.namePinyin like :prefix)");
			params.put("prefix", q.toLowerCase() + "%");
		}
		else if (q != null) {
			// a trigram index (PostgreSQL) serves three or more characters; shorter text would make the database scan
			// that index whole, so it is matched through an expression no index covers and the region index leads
			jpql.append(q.length() >= 3 ? " and c.name like :part escape '!'" : " and concat(c.name, '') like :part escape '!'");
			params.put("part", "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
		}
		return jpql.toString();
	}

	private TypedQuery<Child> query(String jpql, Map<String, Object> params) {
		TypedQuery<Child> query = entities.createQuery(jpql, Child.class);
		params.forEach(query::setParameter);
		return query;
	}

	/**
	 * The jurisdiction, the village and the region filter as one division: codes nest by prefix, so the files in all
	 * three are the files in the narrowest of them (one region column, one index). {@code null} when two do not nest
	 * or a code is no division code: nothing matches.
	 */
	private static String narrowest(String jurisdiction, ChildQuery query) {
		String narrowest = jurisdiction;
		for (String code : new String[] { jurisdiction, query.villageCode(), query.regionCode() }) {
			if (code == null) {
				continue;
			}
			if (!Regions.COUNTRY.equals(code) && RegionLevel.ofCode(code) == null) {
				return null;
			}
			if (Regions.within(narrowest, code)) {
				narrowest = code;
			}
			else if (!Regions.within(code, narrowest)) {
				return null;
			}
		}
		return narrowest;
	}
}
