package org.shouhu.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.shouhu.Application;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * How long loading the whole NBS table (all of China, 665,276 divisions) takes at first start: starts the
 * application against an empty database, then reloads the table a few more times to show the spread.
 * Not a test (surefire does not pick {@code *Benchmark}); run it as described in {@code docs/benchmarks.md}:
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx1g -cp %classpath org.shouhu.benchmark.RegionLoadBenchmark h2"
 * </pre>
 * Arguments: {@code h2} (a fresh H2 file database in a temporary directory, the embedded default) or
 * {@code postgres [jdbc-url]} (default {@code jdbc:postgresql://127.0.0.1:5432/wt_region}, user {@code postgres};
 * its {@code public} schema is dropped and recreated first), then optionally the number of reloads (default 2).
 */
public final class RegionLoadBenchmark {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private RegionLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		int reloads = 2;
		List<String> properties = new ArrayList<>(List.of("--shouhu.regions=", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.shouhu.region=INFO"));
		Path dataDir = Files.createTempDirectory("shouhu-region-benchmark");
		String url;
		if (database.equals("postgres")) {
			url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/wt_region";
			reloads = args.length > 2 ? Integer.parseInt(args[2]) : reloads;
			try (Connection connection = DriverManager.getConnection(url, "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists public cascade");
				statement.execute("create schema public");
			}
			properties.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.datasource.password="));
		}
		else if (database.equals("h2")) {
			reloads = args.length > 1 ? Integer.parseInt(args[1]) : reloads;
			url = "jdbc:h2:file:" + dataDir.resolve("shouhu")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE";
			properties.addAll(List.of("--shouhu.data-dir=" + dataDir, "--spring.datasource.url=" + url));
		}
		else {
			throw new IllegalArgumentException("usage: RegionLoadBenchmark h2|postgres [jdbc-url] [reloads]");
		}
		properties.add("--shouhu.data-dir=" + dataDir);

		System.out.printf("Region load benchmark: %s, %s, JDK %s, %d cores, max heap %d MiB, load average %s%n", database,
				url, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, loadAverage());
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
				.run(properties.toArray(String[]::new))) {
			long startup = System.nanoTime() - start;
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			ApplicationRunner loader = context.getBeansOfType(ApplicationRunner.class).values().stream()
					.filter(runner -> runner.getClass().getSimpleName().startsWith("RegionLoader"))
					.findFirst().orElseThrow();
			System.out.printf("first start (application start including the load): %.1f s, %d rows, load average %s%n",
					startup / 1e9, count(jdbc), loadAverage());
			List<Long> times = new ArrayList<>();
			ApplicationArguments none = new DefaultApplicationArguments();
			for (int i = 1; i <= reloads; i++) {
				jdbc.execute("truncate table region");
				long t = System.nanoTime();
				long cpu = THREADS.getCurrentThreadCpuTime();
				loader.run(none);
				times.add(System.nanoTime() - t);
				System.out.printf("reload %d: %.1f s (loading thread CPU %.1f s), %d rows, load average %s%n", i,
						times.get(times.size() - 1) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, count(jdbc),
						loadAverage());
			}
			times.stream().min(Comparator.naturalOrder())
					.ifPresent(best -> System.out.printf("best reload: %.1f s%n", best / 1e9));
		}
		finally {
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	/** The machine's 1-minute load average: the figures mean little when other work competes for the cores. */
	private static String loadAverage() {
		return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private static long count(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from region", Long.class);
	}
}
