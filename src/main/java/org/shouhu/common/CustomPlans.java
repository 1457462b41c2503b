package org.shouhu.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lookups of many rows by key ({@code where key in (...)}) inside a bulk write that fills the table it reads (an
 * import into a new county). PostgreSQL keeps a pooled connection's prepared statements with a generic plan made
 * when the table was nearly empty: a sequential scan, which stays one while the import grows the table (the lookup by
 * ID number went from 1 ms to 60 ms per 100 rows over 100,000 rows). {@link #of} plans the lookup for its values in
 * the current transaction; the inserts around it keep their cached plans (planning each insert and its foreign-key
 * checks anew made them five times slower). H2 plans every statement anyway: nothing to do.
 */
@Component
public class CustomPlans {

	private final JdbcTemplate jdbc;
	private final boolean postgres;

	CustomPlans(JdbcTemplate jdbc, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (Connection connection = dataSource.getConnection()) {
			this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

	/** Whether the database is PostgreSQL (else the embedded H2), for statements only PostgreSQL has. */
	public boolean postgres() {
		return postgres;
	}

	/**
	 * PostgreSQL: {@code ANALYZE} of {@code tables} (trusted names, never user input), in the caller's transaction.
	 * For a bulk write that has just filled nearly empty tables: plans made before (the foreign-key checks' among
	 * them, kept per connection) are made again with the tables' real sizes. A database user who does not own a
	 * table gets a warning from PostgreSQL, not an error.
	 */
	public void refreshStatistics(String... tables) {
		if (postgres) {
			jdbc.execute("analyze " + String.join(", ", tables));
		}
	}

	/** The result of {@code lookup}, its queries planned for their parameters (in the caller's transaction). */
	public <T> T of(Supplier<T> lookup) {
		if (!postgres) {
			return lookup.get();
		}
		jdbc.execute("set local plan_cache_mode = force_custom_plan");
		try {
			return lookup.get();
		}
		finally {
			jdbc.execute("set local plan_cache_mode to default");
		}
	}
}
