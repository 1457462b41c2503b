package org.shouhu.child;

import java.time.LocalDate;
import java.util.ArrayList;
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
		String scope = regionCondition("scope", jurisdiction, params);
		params.put("ids", ids);
		TypedQuery<Object[]> rows = entities.createQuery("select c.id, c.name, c.gender, c.birthDate, c.villageCode,"
				+ " c.idNumber, c.status from Child c where c.id in :ids and " + scope, Object[].class);
		params.forEach(rows::setParameter);
		TypedQuery<Object[]> categories = entities.createQuery(
				"select c.id, cat.code from Child c join c.categories cat where c.id in :ids and " + scope,
				Object[].class);
		params.forEach(categories::setParameter);
		Map<Long, List<Category>> categoriesById = new HashMap<>();
		categories.getResultList().forEach(row -> categoriesById.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
				.add((Category) row[1]));
		return rows.getResultList().stream().map(row -> new SummaryColumns((Long) row[0], (String) row[1],
				(Gender) row[2], (LocalDate) row[3], (String) row[4], (String) row[5], (ChildStatus) row[6],
				categoriesById.getOrDefault((Long) row[0], List.of()).stream().sorted().toList())).toList();
	}

	/** What a list line shows of a file; {@code idNumber} in plain text, {@code categories} in their order. */
	record SummaryColumns(long id, String name, Gender gender, LocalDate birthDate, String villageCode,
			String idNumber, ChildStatus status, List<Category> categories) {
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
