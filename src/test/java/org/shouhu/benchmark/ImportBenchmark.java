package org.shouhu.benchmark;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.shouhu.Application;
import org.shouhu.account.NewUser;
import org.shouhu.account.Role;
import org.shouhu.account.UserManagement;
import org.shouhu.child.Gender;
import org.shouhu.child.IdNumber;
import org.shouhu.exchange.TemplateColumns;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The 摸底排查表 import at scale (issue 10): builds a valid workbook of {@code rows} children (default 100,000) in
 * villages of the region table's province {@code province} (default 61, 陕西省), starts the application, imports the
 * workbook through {@code POST /api/v1/imports} as civil affairs of the province, polls the job every second and
 * prints rows/s, the heap used over time, and the time of a bare streaming parse of the same workbook (the ratio
 * tells what the import costs beyond reading). Not a test: run it by hand on PostgreSQL with {@code -Xmx256m}, e.g.
 * <pre>
 * createdb importbench
 * SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/importbench SPRING_DATASOURCE_USERNAME=postgres \
 * SHOUHU_REGIONS=61 ./mvnw -q -B -o test-compile exec:java ... (see the notes: the java command line)
 * </pre>
 * Run it again on the same database to measure a re-import (every row unchanged).
 */
public final class ImportBenchmark {

	private static final String PASSWORD = "Bench-Passw0rd!";
	private static final Pattern NUMBER = Pattern.compile("\"%s\"\\s*:\\s*(\\d+)");
	private static final String[] SITUATIONS = { "外出务工", "外出务工", "外出务工", "", "", "死亡", "重病", "服刑在押" };

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		String province = args.length > 1 ? args[1] : "61";
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
		ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0",
				"--logging.level.root=WARN");
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			List<String> villages = jdbc.queryForList("select code from region where level = 'VILLAGE' and code like ?"
					+ " order by code limit 2000", String.class, province + "%");
			if (villages.isEmpty()) {
				throw new IllegalStateException("no villages of " + province + " in the region table (SHOUHU_REGIONS?)");
			}
			String username = "bench_import_" + province;
			UserManagement users = app.getBean(UserManagement.class);
			if (!users.usernameExists(username)) {
				users.createUser(new NewUser(username, "导入基准", PASSWORD, Set.of(Role.CIVIL_AFFAIRS), province, null, null));
			}
			Long before = jdbc.queryForObject("select count(*) from child", Long.class);
			Path file = Files.createTempFile("import-bench-", ".xlsx");
			long built = System.nanoTime();
			build(file, rows, villages, seed);
			System.out.printf("%nworkbook: %,d rows, %,d bytes, built in %.1f s; files before: %,d%n", rows,
					Files.size(file), (System.nanoTime() - built) / 1e9, before);

			long parseStart = System.nanoTime();
			int parsed = bareParse(file);
			double parseSeconds = (System.nanoTime() - parseStart) / 1e9;
			System.out.printf("bare streaming parse: %,d rows in %.2f s%n", parsed, parseSeconds);

			HttpClient client = HttpClient.newHttpClient();
			String base = "http://127.0.0.1:" + port;
			String token = token(client, base, username);
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			long start = System.nanoTime();
			String started = upload(client, base, token, file);
			long id = number(started, "id");
			System.out.println("| s | processedRows | rows/s so far | heap used MB |");
			System.out.println("|---|---|---|---|");
			String job;
			long maxHeap = 0;
			while (true) {
				Thread.sleep(1000);
				job = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + id))
					.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
				double s = (System.nanoTime() - start) / 1e9;
				long heap = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
				maxHeap = Math.max(maxHeap, heap);
				long processed = number(job, "processedRows");
				if (Math.round(s) % 5 == 0 || !job.contains("\"RUNNING\"")) {
					System.out.printf("| %.0f | %,d | %.0f | %d |%n", s, processed, processed / s, heap);
				}
				if (!job.contains("\"RUNNING\"")) {
					break;
				}
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%nresult: %s%n", job.length() > 400 ? job.substring(0, 400) + "…" : job);
			System.out.printf("import: %,d rows in %.1f s = %.0f rows/s; bare parse %.2f s (import/parse = %.0f×);"
					+ " max heap used seen %d MB of %d MB%n", rows, seconds, rows / seconds, parseSeconds,
					seconds / parseSeconds, maxHeap, Runtime.getRuntime().maxMemory() / (1024 * 1024));
			Files.deleteIfExists(file);
		}
		finally {
			app.close();
		}
	}

	/** A valid workbook: children of 0–17 in the villages, a share left behind, some orphans, some disabled. */
	static void build(Path file, int rows, List<String> villages, long seed) throws Exception {
		Random random = new Random(seed);
		LocalDate today = LocalDate.now();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); var out = Files.newOutputStream(file)) {
			SXSSFSheet sheet = workbook.createSheet("摸底排查表");
			Row header = sheet.createRow(0);
			TemplateColumns[] columns = TemplateColumns.values();
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(columns[i].header());
			}
			for (int r = 1; r <= rows; r++) {
				LocalDate born = today.minusDays(200 + random.nextInt(17 * 365));
				Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
				String village = villages.get(random.nextInt(villages.size()));
				String id = idNumber(village.substring(0, 6), born, gender, random);
				int age = today.getYear() - born.getYear();
				String schooling = age < 3 ? "未入园" : age < 6 ? "幼儿园" : age < 12 ? "小学" : age < 15 ? "初中" : "高中";
				String father = SITUATIONS[random.nextInt(SITUATIONS.length)];
				String mother = SITUATIONS[random.nextInt(SITUATIONS.length)];
				boolean disabled = random.nextInt(30) == 0;
				Row row = sheet.createRow(r);
				set(row, TemplateColumns.NAME, "王" + (char) ('一' + random.nextInt(2000)) + (char) ('一' + random.nextInt(2000)));
				set(row, TemplateColumns.GENDER, gender.label());
				set(row, TemplateColumns.ETHNICITY, "汉族");
				set(row, TemplateColumns.BIRTH_DATE, born.toString());
				set(row, TemplateColumns.ID_NUMBER, id);
				set(row, TemplateColumns.HUKOU_REGISTERED, "是");
				set(row, TemplateColumns.HUKOU_TYPE, random.nextInt(5) == 0 ? "城镇" : "农村");
				set(row, TemplateColumns.VILLAGE_CODE, village);
				set(row, TemplateColumns.ADDRESS, random.nextInt(20) + "组" + random.nextInt(100) + "号");
				set(row, TemplateColumns.HEALTH_STATUS, disabled ? "残疾" : "健康");
				if (disabled) {
					set(row, TemplateColumns.DISABILITY_TYPE, "肢体残疾");
					set(row, TemplateColumns.DISABILITY_GRADE, String.valueOf(1 + random.nextInt(4)));
				}
				set(row, TemplateColumns.SCHOOLING, schooling);
				set(row, TemplateColumns.FATHER_NAME, "王某");
				set(row, TemplateColumns.FATHER_SITUATION, father);
				set(row, TemplateColumns.MOTHER_NAME, "李某");
				set(row, TemplateColumns.MOTHER_SITUATION, mother);
				if (!father.isEmpty() || !mother.isEmpty()) {
					set(row, TemplateColumns.CAREGIVER_NAME, "王某某");
					set(row, TemplateColumns.CAREGIVER_RELATION, "祖父母");
					set(row, TemplateColumns.CONFIRMATION_DATE, "2024/3/1");
				}
				set(row, TemplateColumns.GUARDIANSHIP, "监护情况一般");
				set(row, TemplateColumns.FAMILY_INCOME, "打工、种养殖");
				set(row, TemplateColumns.LIVING_ALONE, "否");
			}
			workbook.write(out);
		}
	}

	private static void set(Row row, TemplateColumns column, String value) {
		row.createCell(column.ordinal()).setCellValue(value);
	}

	private static String idNumber(String county, LocalDate born, Gender gender, Random random) {
		int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
		String first17 = county + born.toString().replace("-", "") + String.format("%03d", sequence);
		return first17 + IdNumber.checkCharacter(first17);
	}

	/** Reads every cell of the first sheet with the same SAX stack as the import, doing nothing with them. */
	static int bareParse(Path file) throws Exception {
		AtomicInteger rows = new AtomicInteger();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader reader = new XSSFReader(pkg);
			try (InputStream sheet = reader.getSheetsData().next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
						new XSSFSheetXMLHandler.SheetContentsHandler() {
							@Override
							public void startRow(int rowNum) {
							}

							@Override
							public void endRow(int rowNum) {
								rows.incrementAndGet();
							}

							@Override
							public void cell(String reference, String value, XSSFComment comment) {
							}
						}, false));
				parser.parse(new InputSource(sheet));
			}
		}
		return rows.get() - 1;
	}

	private static String token(HttpClient client, String base, String username) throws Exception {
		String body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		int start = body.indexOf("\"token\":\"") + 9;
		return body.substring(start, body.indexOf('"', start));
	}

	private static String upload(HttpClient client, String base, String token, Path file) throws Exception {
		String boundary = "----shouhu" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		parts.add(Files.readAllBytes(file));
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 202) {
			throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static long number(String json, String field) {
		Matcher m = Pattern.compile(String.format(NUMBER.pattern(), field)).matcher(json);
		return m.find() ? Long.parseLong(m.group(1)) : -1;
	}
}
