package org.shouhu.child;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.shouhu.region.RegionLevel;
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
		String jpql = "select c from Child c where c.id = :id and " + regionCondition("scope", jurisdiction, params);
		params.put("id", id);
		return query(jpql, params).getResultStream().findFirst();
	}

	/** Those of the files that lie in the jurisdiction. */
	List<Child> findAll(Collection<Long> ids, String jurisdiction) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		String jpql = "select c from Child c where c.id in :ids and " + regionCondition("scope", jurisdiction, params);
		params.put("ids", ids);
		return query(jpql, params).getResultList();
	}

	/**
	 * One page (newest file first: {@code order by id desc}), fetching one more row than asked to tell whether there
	 * is a next page. {@code idNumberHash} set means q was a full ID number.
	 */
	List<Child> list(String jurisdiction, ChildQuery query, String idNumberHash, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder jpql = new StringBuilder("select c from Child c");
		if (query.category() != null) {
			jpql.append(" join c.categories cat");
		}
		jpql.append(" where ").append(regionCondition("scope", jurisdiction, params));
		if (query.category() != null) {
			jpql.append(" and cat.code = :category");
			params.put("category", query.category());
		}
		if (query.villageCode() != null) {
			jpql.append(" and c.villageCode = :village");
			params.put("village", query.villageCode());
		}
		if (query.regionCode() != null) {
			jpql.append(" and ").append(regionCondition("region", query.regionCode(), params));
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
		jpql.append(" order by c.id desc");
		return query(jpql.toString(), params).setFirstResult(page * size).setMaxResults(size + 1).getResultList();
	}

	private TypedQuery<Child> query(String jpql, Map<String, Object> params) {
		TypedQuery<Child> query = entities.createQuery(jpql, Child.class);
		params.forEach(query::setParameter);
		return query;
	}

	private static String regionCondition(String parameter, String code, Map<String, Object> params) {
		if (Regions.COUNTRY.equals(code)) {
			return "1 = 1";
		}
		RegionLevel level = RegionLevel.ofCode(code);
		if (level == null) {
			return "1 = 0";
		}
		String column = switch (level) {
			case PROVINCE -> "provinceCode";
			case CITY -> "cityCode";
			case COUNTY -> "countyCode";
			case TOWNSHIP -> "townshipCode";
			case VILLAGE -> "villageCode";
			case COUNTRY -> throw new IllegalArgumentException(code);
		};
		params.put(parameter, code);
		return "c." + column + " = :" + parameter;
	}
}
