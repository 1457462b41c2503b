package org.shouhu.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shouhu.common.FieldCipher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child directors (儿童主任) of villages: the enabled accounts with the role {@link Role#CHILD_DIRECTOR} whose
 * jurisdiction is the village, for lists that say whom to call about a village. No caller check: callers show them
 * only beside villages of the caller's jurisdiction.
 */
@Component
@Transactional(readOnly = true)
public class VillageDirectors {

	private static final int BATCH = 1000;

	private final NamedParameterJdbcTemplate jdbc;
	private final FieldCipher cipher;

	VillageDirectors(NamedParameterJdbcTemplate jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** The directors of each of the villages that has any, by display name; phone null when not recorded. */
	public Map<String, List<Director>> of(Collection<String> villageCodes) {
		Map<String, List<Director>> result = new HashMap<>();
		List<String> codes = villageCodes.stream().distinct().toList();
		for (int from = 0; from < codes.size(); from += BATCH) {
			jdbc.query("""
					select u.jurisdiction, u.display_name, u.phone from app_user u
					join app_user_role r on r.user_id = u.id
					where r.role = :role and u.enabled = true and u.jurisdiction in (:villages)
					order by u.jurisdiction, u.display_name, u.id""",
					new MapSqlParameterSource().addValue("role", Role.CHILD_DIRECTOR.name())
							.addValue("villages", codes.subList(from, Math.min(codes.size(), from + BATCH))),
					rs -> {
						result.computeIfAbsent(rs.getString(1), v -> new ArrayList<>())
								.add(new Director(rs.getString(2), cipher.decrypt(rs.getString(3))));
					});
		}
		return result;
	}

	/** A village's director as lists show them; {@code phone} null or blank when not recorded. */
	public record Director(String displayName, String phone) {

		/** The phone number as a {@code tel:} link target (digits and a leading + only). */
		public String telLink() {
			return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
		}
	}
}
