package org.shouhu.child;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The villages of a county that hold at least one active file (在册), for work that concerns the villages with
 * children on file (the survey rounds fix their villages with it). Only codes, no child data: no caller check, no
 * audit.
 */
@Component
@Transactional(readOnly = true)
public class ActiveFileVillages {

	private final JdbcTemplate jdbc;

	ActiveFileVillages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The village codes, ordered, of the county (6 digits) with at least one active file. */
	public List<String> inCounty(String countyCode) {
		return jdbc.queryForList("select distinct village_code from child where county_code = ? and status = ?"
				+ " order by village_code", String.class, countyCode, ChildStatus.ACTIVE.name());
	}
}
