package org.shouhu.benchmark;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shouhu.Application;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.shouhu.common.FieldCipher;
import org.shouhu.exchange.TemplateColumns;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The children export over HTTP on PostgreSQL (docs/benchmarks.md, "Export"): {@code GET /api/v1/children/export} of a
 * region of about 100,000 active files (by default the city of the province {@code 61} closest to 100,000) by a
 * province civil affairs officer, the body streamed to nowhere; prints time, rows per second, bytes and the heap in use
 * (the peak of the heap pools, sampled every 10 ms, against the heap after a GC before the export). Then the two
 * floors: the bare SQL read of the same files' columns with the seven encrypted numbers decrypted (JDBC, fetch size
 * 1,000), and the bare SXSSF write of as many 38-cell rows. Not a test: run it by hand. Arguments: {@code rounds}
 * (default 3), {@code regionCode} (default: chosen as above).
 */
public final class ExportBenchmark {

	private static final String PASSWORD = "Bench-Passw0rd!";

	public static void main(String[] args) throws Exception {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		long started = System.nanoTime();
		ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
				"--logging.level.root=WARN");
		System.out.printf("application started in %.1f s; max heap %,d MiB%n", (System.nanoTime() - started) / 1e9,
				Runtime.getRuntime().maxMemory() >> 20);
		try {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			String region = args.length > 1 ? args[1] : jdbc.queryForObject("""
					select city_code from child where province_code = '61' and status = 'ACTIVE' group by city_code
					order by abs(count(*) - 100000), city_code limit 1""", String.class);
			String column = switch (region.length()) {
				case 2 -> "province_code";
				case 4 -> "city_code";
				case 6 -> "county_code";
				case 9 -> "township_code";
				default -> "village_code";
			};
			long files = jdbc.queryForObject("select count(*) from child where status = 'ACTIVE' and " + column + " = ?",
					Long.class, region);
			System.out.printf("region %s: %,d active files (%,d files in the database)%n%n", region, files,
					jdbc.queryForObject("select count(*) from child", Long.class));
			UserManagement users = app.getBean(UserManagement.class);
			String username = "bench_export_" + region.substring(0, 2);
			if (!users.usernameExists(username)) {
				users.createUser(new NewUser(username, "基准测试", PASSWORD, Set.of(Role.CIVIL_AFFAIRS),
						region.substring(0, 2), null, null));
			}
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient client = HttpClient.newHttpClient();
			String token = token(client, base, username);
			String path = "/api/v1/children/export?regionCode=" + region + "&purpose="
					+ URLEncoder.encode("基准测试", StandardCharsets.UTF_8);

			System.out.println("| run | rows | seconds | rows/s | MiB sent | heap before MiB | heap peak MiB |");
			System.out.println("|---|---|---|---|---|---|---|");
			for (int run = 0; run <= rounds; run++) {
				System.gc();
				long before = heapUsed();
				HeapPeak peak = HeapPeak.start();
				long t0 = System.nanoTime();
				HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
						.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
				long bytes;
				try (InputStream body = response.body()) {
					bytes = body.transferTo(OutputStream.nullOutputStream());
				}
				double seconds = (System.nanoTime() - t0) / 1e9;
				long top = peak.stop();
				if (response.statusCode() != 200) {
					throw new IllegalStateException("export answered " + response.statusCode());
				}
				System.out.printf("| %s | %,d | %.1f | %,.0f | %.1f | %d | %d |%n", run == 0 ? "warm-up" : run, files,
						seconds, files / seconds, bytes / 1048576.0, before >> 20, top >> 20);
			}
			System.out.println();

			FieldCipher cipher = app.getBean(FieldCipher.class);
			long t0 = System.nanoTime();
			long rows = 0;
			try (Connection connection = app.getBean(DataSource.class).getConnection()) {
				connection.setAutoCommit(false);
				connection.setReadOnly(true);
				try (PreparedStatement select = connection.prepareStatement("""
						select c.*, (select string_agg(s.type, ',' order by s.position) from child_parent_situation s
						             where s.child_id = c.id) situations
						from child c where c.status = 'ACTIVE' and c.""" + column + " = ? order by c.id")) {
					select.setFetchSize(1000);
					select.setString(1, region);
					try (ResultSet rs = select.executeQuery()) {
						while (rs.next()) {
							for (String encrypted : new String[] { "id_number", "father_id_number", "father_phone",
									"mother_id_number", "mother_phone", "caregiver_id_number", "caregiver_phone" }) {
								String value = rs.getString(encrypted);
								if (value != null) {
									cipher.decrypt(value);
								}
							}
							rs.getString("situations");
							rows++;
						}
					}
				}
				connection.rollback();
			}
			double read = (System.nanoTime() - t0) / 1e9;
			System.out.printf("floor, SQL read with the numbers decrypted: %,d rows in %.1f s (%,.0f rows/s)%n", rows,
					read, rows / read);

			t0 = System.nanoTime();
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
				SXSSFSheet sheet = workbook.createSheet("摸底排查表");
				int columns = TemplateColumns.values().length;
				for (int r = 0; r <= files; r++) {
					Row row = sheet.createRow(r);
					for (int i = 0; i < columns; i++) {
						row.createCell(i).setCellValue(i % 3 == 0 ? "610330201001015678" : "王小明" + (r % 97));
					}
				}
				workbook.write(OutputStream.nullOutputStream());
			}
			double write = (System.nanoTime() - t0) / 1e9;
			System.out.printf("floor, SXSSF write of %,d rows of %d text cells: %.1f s (%,.0f rows/s)%n", files,
					TemplateColumns.values().length, write, files / write);
		}
		finally {
			app.close();
		}
	}

	private static String token(HttpClient client, String base, String username) throws Exception {
		String body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
		int start = body.indexOf("\"token\":\"") + 9;
		return body.substring(start, body.indexOf('"', start));
	}

	private static long heapUsed() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
			}
		}
		return used;
	}

	/** The largest heap in use while it runs, sampled every 10 ms by a daemon thread. */
	private static final class HeapPeak {

		private final AtomicBoolean running = new AtomicBoolean(true);
		private final AtomicLong peak = new AtomicLong();
		private Thread thread;

		static HeapPeak start() {
			HeapPeak sampler = new HeapPeak();
			sampler.thread = new Thread(() -> {
				while (sampler.running.get()) {
					sampler.peak.accumulateAndGet(heapUsed(), Math::max);
					try {
						Thread.sleep(10);
					}
					catch (InterruptedException e) {
						return;
					}
				}
			}, "heap-peak");
			sampler.thread.setDaemon(true);
			sampler.thread.start();
			return sampler;
		}

		long stop() throws InterruptedException {
			running.set(false);
			thread.join();
			return peak.get();
		}
	}
}
