package org.shouhu.child;

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
		String jpql = "select c from Child c where c.id = :id and " + RegionScope.jpql("c", "scope", jurisdiction, params);
		params.put("id", id);
		return query(jpql, params).getResultStream().findFirst();
	}

	/** Those of the files that lie in the jurisdiction. */
	List<Child> findAll(Collection<Long> ids, String jurisdiction) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		String jpql = "select c from Child c where c.id in :ids and " + RegionScope.jpql("c", "scope", jurisdiction, params);
		params.put("ids", ids);
		return query(jpql, params).getResultList();
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

	private static String from(String jurisdiction, ChildQuery query, String idNumberHash, Map<String, Object> params) {
		StringBuilder jpql = new StringBuilder("from Child c where ");
		String scope = narrowest(jurisdiction, query);
		jpql.append(scope == null ? "1 = 0" : RegionScope.jpql("c", "scope", scope, params));
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
