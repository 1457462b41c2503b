package org.shouhu.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled NBS 2023 division table at first start: all of China, or the subtrees named in
 * {@code SHOUHU_REGIONS} (with their ancestors). Runs once: an already filled table is left alone.
 */
@Component
class RegionLoader implements ApplicationRunner, Ordered {

	static final String TABLE = "regions/regions-2023.csv.gz";
	private static final Logger log = LoggerFactory.getLogger(RegionLoader.class);
	private static final int BATCH = 5_000;

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
		int loaded = transactions.execute(status -> load());
		log.info("Loaded {} divisions ({}) in {} ms", loaded, selected.isEmpty() ? "all of China" : String.join(",", selected),
				(System.nanoTime() - start) / 1_000_000);
	}

	private int load() {
		int count = 0;
		List<Object[]> batch = new ArrayList<>(BATCH);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ClassPathResource(TABLE).getInputStream(), 1 << 16), StandardCharsets.UTF_8))) {
			String line = reader.readLine(); // header
			while ((line = reader.readLine()) != null) {
				String[] cols = line.split(",", -1);
				String code = cols[0];
				if (!isSelected(code)) {
					continue;
				}
				RegionLevel level = RegionLevel.ofCode(code);
				batch.add(new Object[] { code, cols[1], level.name(), cols[2].isEmpty() ? null : cols[2] });
				if (batch.size() == BATCH) {
					count += flush(batch);
				}
			}
			count += flush(batch);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return count;
	}

	private int flush(List<Object[]> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		jdbc.batchUpdate("insert into region (code, name, level, parent_code) values (?, ?, ?, ?)", batch);
		int size = batch.size();
		batch.clear();
		return size;
	}

	private boolean isSelected(String code) {
		if (selected.isEmpty()) {
			return true;
		}
		for (String root : selected) {
			if (code.startsWith(root) || root.startsWith(code)) {
				return true;
			}
		}
		return false;
	}
}
