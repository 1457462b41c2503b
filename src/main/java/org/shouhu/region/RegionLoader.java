package org.shouhu.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled NBS 2023 division table at first start: all of China, or the subtrees named in
 * {@code SHOUHU_REGIONS} (with their ancestors). Runs once: an already filled table is left alone. The whole load
 * is one transaction, so an interrupted first start leaves the table empty and the next start loads it again.
 * <p>
 * One path per database: PostgreSQL gets the rows through {@code COPY ... FROM STDIN} (an order of magnitude
 * faster than batched inserts over the wire); H2 (embedded, in process) through a plain JDBC batch.
 * Figures: {@code docs/benchmarks.md}.
 */
@Component
class RegionLoader implements ApplicationRunner, Ordered {

	static final String TABLE = "regions/regions-2023.csv.gz";
	private static final Logger log = LoggerFactory.getLogger(RegionLoader.class);
	private static final int BATCH = 10_000;
	private static final int COPY_CHUNK = 1 << 20;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final List<String> selected;

	RegionLoader(JdbcTemplate jdbc, TransactionTemplate transactions, @Value("${shouhu.regions:}") String selected) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.selected = Arrays.stream(selected.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer existing = jdbc.queryForObject("select count(*) from region", Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		long start = System.nanoTime();
		Integer loaded = transactions.execute(status -> jdbc.execute((ConnectionCallback<Integer>) connection ->
				"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? copy(connection) : batch(connection)));
		log.info("Loaded {} divisions ({}) in {} ms", loaded, selectsAll() ? "all of China" : String.join(",", selected),
				(System.nanoTime() - start) / 1_000_000);
	}

	private int copy(Connection connection) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy region (code, name, level, parent_code) from stdin with (format csv)");
		try {
			StringBuilder chunk = new StringBuilder(COPY_CHUNK + 256);
			forEachSelected(row -> {
				chunk.append(row.code()).append(",\"").append(row.name().replace("\"", "\"\"")).append("\",")
						.append(row.level().name()).append(',');
				if (row.parentCode() != null) {
					chunk.append(row.parentCode());
				}
				chunk.append('\n');
				if (chunk.length() >= COPY_CHUNK) {
					write(copy, chunk);
				}
			});
			write(copy, chunk);
			return (int) copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
		byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		chunk.setLength(0);
	}

	private int batch(Connection connection) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into region (code, name, level, parent_code) values (?, ?, ?, ?)")) {
			int[] count = { 0 };
			forEachSelected(row -> {
				insert.setString(1, row.code());
				insert.setString(2, row.name());
				insert.setString(3, row.level().name());
				if (row.parentCode() == null) {
					insert.setNull(4, Types.VARCHAR);
				}
				else {
					insert.setString(4, row.parentCode());
				}
				insert.addBatch();
				if (++count[0] % BATCH == 0) {
					insert.executeBatch();
				}
			});
			insert.executeBatch();
			return count[0];
		}
	}

	/** Reads the bundled table and hands over the selected rows in file order. */
	private void forEachSelected(RowConsumer consumer) throws SQLException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ClassPathResource(TABLE).getInputStream(), 1 << 16), StandardCharsets.UTF_8),
				1 << 16)) {
			String line = reader.readLine(); // header
			while ((line = reader.readLine()) != null) {
				int first = line.indexOf(',');
				int second = line.indexOf(',', first + 1);
				String code = line.substring(0, first);
				if (!isSelected(code)) {
					continue;
				}
				String parent = line.substring(second + 1);
				consumer.accept(new Row(code, line.substring(first + 1, second), RegionLevel.ofCode(code),
						parent.isEmpty() ? null : parent));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Whether everything is loaded: no {@code shouhu.regions}, or {@code CN} among them. */
	boolean selectsAll() {
		return selected.isEmpty() || selected.contains(Regions.COUNTRY);
	}

	/** Whether a division belongs to a selected subtree or is an ancestor of one. */
	boolean isSelected(String code) {
		if (selectsAll()) {
			return true;
		}
		for (String root : selected) {
			if (code.startsWith(root) || root.startsWith(code)) {
				return true;
			}
		}
		return false;
	}

	private record Row(String code, String name, RegionLevel level, String parentCode) {
	}

	@FunctionalInterface
	private interface RowConsumer {
		void accept(Row row) throws SQLException;
	}
}
