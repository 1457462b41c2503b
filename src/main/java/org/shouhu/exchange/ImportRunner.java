package org.shouhu.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.child.ChildFile;
import org.shouhu.child.ChildImportResult;
import org.shouhu.child.ChildManagement;
import org.shouhu.common.FieldCipher;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs import jobs in the background, {@value #THREADS} at a time, each committing two batches at once (its own
 * thread and a writer thread: the database work of one overlaps the Java work of the other). A job reads its workbook
 * twice, streaming: first a plain count of the rows (a file that cannot be read fails here), then the headers (wrong
 * headers fail the job before any row is read) and the rows in batches of {@value #BATCH}, each batch in a transaction of its own with the
 * job's counters and the batch's problems, so a crash leaves every committed batch whole and the counters true.
 * A batch that cannot commit (a file changed by someone else at the same moment, or an ID number registered by a
 * parallel import) is done again row by row. The template's made-up example row, left in by mistake, is refused
 * rather than filed as a child. At start-up a job left RUNNING by a stopped JVM is marked FAILED with
 * how far it got; importing the same workbook again brings the committed rows back as unchanged, no duplicates.
 */
@Component
class ImportRunner {

	static final int BATCH = 500;

	static final int THREADS = 2;

	/** Attempts of a row alone after its batch could not commit. */
	static final int ATTEMPTS = 5;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobRepository jobs;
	private final ImportErrorRepository errors;
	private final ChildManagement children;
	private final ImportRowMapper mapper;
	private final FieldCipher cipher;
	private final AuditTrail audit;
	private final Messages messages;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final Path folder;
	private final JsonMapper json = JsonMapper.builder().build();
	private final Set<Long> active = ConcurrentHashMap.newKeySet();
	private final ExecutorService executor;
	/** Commits a job's next batch while the job's thread commits the one before (one per job). */
	private final ExecutorService writers;

	ImportRunner(ImportJobRepository jobs, ImportErrorRepository errors, ChildManagement children, FieldCipher cipher,
			AuditTrail audit, Messages messages, Clock clock, PlatformTransactionManager tm,
			@Value("${shouhu.data-dir}") String dataDir) {
		this.jobs = jobs;
		this.errors = errors;
		this.children = children;
		this.mapper = new ImportRowMapper(messages);
		this.cipher = cipher;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.transaction = new TransactionTemplate(tm);
		this.folder = Path.of(dataDir, "imports");
		AtomicInteger n = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(THREADS, r -> {
			Thread t = new Thread(r, "import-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		AtomicInteger w = new AtomicInteger();
		this.writers = Executors.newFixedThreadPool(THREADS, r -> {
			Thread t = new Thread(r, "import-writer-" + w.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
		writers.shutdownNow();
	}

	/** Where the upload of job {@code id} is kept while it runs (deleted when it ends). */
	Path uploadFile(long id) {
		try {
			Files.createDirectories(folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return folder.resolve("import-" + id + ".xlsx");
	}

	void submit(long jobId, Path file) {
		active.add(jobId);
		executor.execute(() -> run(jobId, file));
	}

	/** Marks the job FAILED with {@code message} and deletes its upload. */
	void fail(long jobId, Path file, String message) {
		transaction.executeWithoutResult(status -> {
			ImportJob job = jobs.findById(jobId).orElseThrow();
			job.failed(message, clock.instant());
			audit.record(job.getOwnerUsername(), AuditAction.IMPORT, Imports.SUBJECT, jobId, AuditOutcome.FAILURE,
					message);
		});
		delete(file);
	}

	/**
	 * At start-up: every job left RUNNING (its JVM stopped mid-import) is marked FAILED with how far it got and what
	 * to do; its upload is deleted. Jobs running in this JVM are left alone. Returns the number of jobs marked.
	 */
	@EventListener(ApplicationReadyEvent.class)
	int recoverInterrupted() {
		List<ImportJob> left = transaction.execute(status -> jobs.findByStatus(ImportStatus.RUNNING));
		int marked = 0;
		for (ImportJob job : left) {
			if (active.contains(job.getId())) {
				continue;
			}
			fail(job.getId(), uploadFile(job.getId()),
					messages.get("exchange.import.interrupted", String.valueOf(job.getProcessedRows()),
						String.valueOf(job.getTotalRows())));
			marked++;
		}
		return marked;
	}

	private void run(long jobId, Path file) {
		try {
			ImportJob job = transaction.execute(status -> jobs.findById(jobId).orElseThrow());
			int rows = ImportWorkbook.count(file);
			transaction.executeWithoutResult(status -> jobs.findById(jobId).orElseThrow().counted(rows));
			Map<String, Integer> seen = new HashMap<>();
			try (BatchReader<Pending> reader = BatchReader.start(file, BATCH, row -> pending(row, seen),
					"import-" + jobId + "-read")) {
				List<Pending> first = reader.next();
				if (first != null) {
					commit(job, first);
					transaction.executeWithoutResult(status -> children.refreshStatisticsAfterImportBatch());
				}
				Future<?> inFlight = null;
				try {
					for (List<Pending> batch = reader.next(); batch != null; batch = reader.next()) {
						List<Pending> pendingRows = batch;
						Future<?> next = writers.submit(() -> commit(job, pendingRows));
						if (inFlight != null) {
							await(inFlight);
						}
						inFlight = next;
					}
				}
				finally {
					if (inFlight != null) {
						await(inFlight);
					}
				}
			}
			transaction.executeWithoutResult(status -> {
				ImportJob done = jobs.findById(jobId).orElseThrow();
				done.done(clock.instant());
				audit.record(done.getOwnerUsername(), AuditAction.IMPORT, Imports.SUBJECT, jobId, AuditOutcome.SUCCESS,
						messages.get("exchange.import.audit.counts", String.valueOf(done.getImported()),
								String.valueOf(done.getUpdated()), String.valueOf(done.getUnchanged()),
								String.valueOf(done.getRejected())));
				active.remove(jobId); // before the commit: whoever sees the job DONE sees it idle
			});
			delete(file);
		}
		catch (ImportFileException e) {
			fail(jobId, file, messages.get(e.key(), e.args()));
		}
		catch (RuntimeException | Error e) {
			log.error("import {} failed", jobId, e);
			int processed = transaction.execute(status -> jobs.findById(jobId).orElseThrow().getProcessedRows());
			fail(jobId, file, messages.get("exchange.import.failed", String.valueOf(processed)));
		}
		finally {
			active.remove(jobId);
		}
	}

	/** Waits for a batch committed on a writer thread; its failure becomes this thread's. */
	private static void await(Future<?> batch) {
		try {
			batch.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (e.getCause() instanceof Error cause) {
				throw cause;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * A row read and either its refusal known before any file is looked at, or its cells read into a file; made on the
	 * reading thread. Refused here: the template's made-up example row (its ID number), left in by mistake, and a
	 * child's second row (the same ID number; without one, the same village, name and birth date: the file
	 * {@link ChildManagement#importFiles} would match). Batches commit in parallel, so a second row must be refused
	 * here rather than find the file its first row is creating.
	 */
	private record Pending(ImportWorkbook.Row row, RowProblem refused, ImportRowMapper.Mapped mapped) {
	}

	private Pending pending(ImportWorkbook.Row row, Map<String, Integer> seen) {
		String id = row.cell(TemplateColumns.ID_NUMBER).strip().toUpperCase(Locale.ROOT);
		if (ImportTemplate.EXAMPLE_ID_NUMBER.equals(id)) {
			return new Pending(row, new RowProblem(TemplateColumns.ID_NUMBER.header(),
					messages.get("exchange.import.exampleRow")), null);
		}
		if (!id.isEmpty()) {
			Integer first = seen.putIfAbsent(id, row.number());
			return first == null ? new Pending(row, null, mapper.map(row))
					: new Pending(row, new RowProblem(TemplateColumns.ID_NUMBER.header(),
							messages.get("exchange.import.duplicateRow", String.valueOf(first))), null);
		}
		ImportRowMapper.Mapped mapped = mapper.map(row);
		ChildFile file = mapped.file();
		Integer first = file.name() == null || file.birthDate() == null || file.villageCode() == null ? null
				: seen.putIfAbsent(file.villageCode() + "|" + file.name().strip() + "|" + file.birthDate(),
						row.number());
		return first == null ? new Pending(row, null, mapped)
				: new Pending(row, new RowProblem(TemplateColumns.NAME.header(),
						messages.get("exchange.import.duplicateUnnumberedRow", String.valueOf(first))), null);
	}

	/** A problem of a row (column header or null) with its message. */
	private record RowProblem(String column, String message) {
	}

	private void commit(ImportJob job, List<Pending> batch) {
		try {
			transaction.executeWithoutResult(status -> apply(job, batch));
		}
		catch (RuntimeException e) {
			log.info("import {}: batch done again row by row ({})", job.getId(), e.toString());
			for (Pending p : batch) {
				if (!applyAlone(job, p)) {
					transaction.executeWithoutResult(status -> {
						int n = reject(job.getId(), p.row(),
								List.of(new RowProblem(null, messages.get("exchange.import.rowFailed"))));
						jobs.addBatch(job.getId(), 1, 0, 0, 0, 1, n);
					});
				}
			}
		}
	}

	/**
	 * One row in a transaction of its own, tried up to {@value #ATTEMPTS} times: a parallel import's batch may hold
	 * the row's ID number or file until it commits (H2 answers a lock timeout, PostgreSQL waits and then reports the
	 * unique index); the next attempt finds that file and updates it or leaves it unchanged.
	 */
	private boolean applyAlone(ImportJob job, Pending p) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			try {
				transaction.executeWithoutResult(status -> apply(job, List.of(p)));
				return true;
			}
			catch (RuntimeException e) {
				log.info("import {}: row {} attempt {} failed ({})", job.getId(), p.row().number(), attempt, e.toString());
				try {
					Thread.sleep(200L * attempt);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return false;
	}

	private void apply(ImportJob job, List<Pending> batch) {
		Map<ImportWorkbook.Row, List<RowProblem>> refused = new java.util.TreeMap<>(
				java.util.Comparator.comparingInt(ImportWorkbook.Row::number));
		List<ChildFile> clean = new ArrayList<>();
		List<ImportWorkbook.Row> cleanRows = new ArrayList<>();
		for (Pending p : batch) {
			if (p.refused() != null) {
				refused.put(p.row(), List.of(p.refused()));
				continue;
			}
			ImportRowMapper.Mapped mapped = p.mapped();
			if (mapped.problems().isEmpty()) {
				clean.add(mapped.file());
				cleanRows.add(p.row());
				continue;
			}
			List<RowProblem> list = new ArrayList<>();
			mapped.problems().forEach(q -> list.add(new RowProblem(q.column().header(), q.message())));
			for (FieldProblem f : children.importProblems(mapped.file(), job.getJurisdiction())) {
				TemplateColumns column = ImportRowMapper.column(f.field());
				if (column == null || mapped.problems().stream().noneMatch(q -> q.column() == column)) {
					list.add(new RowProblem(column == null ? null : column.header(), f.message()));
				}
			}
			refused.put(p.row(), list);
		}
		int imported = 0;
		int updated = 0;
		int unchanged = 0;
		int rejected = 0;
		int problems = 0;
		List<ChildImportResult> results = clean.isEmpty() ? List.of()
				: children.importFiles(clean, job.getJurisdiction(), job.getActorName());
		for (int i = 0; i < results.size(); i++) {
			ChildImportResult result = results.get(i);
			switch (result.kind()) {
				case CREATED -> imported++;
				case UPDATED -> updated++;
				case UNCHANGED -> unchanged++;
				case ELSEWHERE -> {
					refused.put(cleanRows.get(i), List.of(new RowProblem(TemplateColumns.ID_NUMBER.header(),
							messages.get("exchange.import.elsewhere", result.township()))));
				}
				case REJECTED -> {
					List<RowProblem> list = result.problems().stream().map(f -> {
						TemplateColumns column = ImportRowMapper.column(f.field());
						return new RowProblem(column == null ? null : column.header(), f.message());
					}).toList();
					refused.put(cleanRows.get(i), list);
				}
			}
		}
		// saved in row order, so that the error list and workbook read in the order of the sheet
		for (Map.Entry<ImportWorkbook.Row, List<RowProblem>> r : refused.entrySet()) {
			problems += reject(job.getId(), r.getKey(), r.getValue());
			rejected++;
		}
		jobs.addBatch(job.getId(), batch.size(), imported, updated, unchanged, rejected, problems);
	}

	/** Saves the row's problems (the first with the row's cells); returns how many. */
	private int reject(long jobId, ImportWorkbook.Row row, List<RowProblem> list) {
		List<RowProblem> problems = list.isEmpty()
				? List.of(new RowProblem(null, messages.get("exchange.import.rowFailed"))) : list;
		String cells = cipher.encrypt(json.writeValueAsString(Arrays.asList(row.cells())));
		List<ImportError> entities = new ArrayList<>();
		for (int i = 0; i < problems.size(); i++) {
			RowProblem p = problems.get(i);
			entities.add(new ImportError(jobId, row.number(), p.column(), p.message(), i == 0 ? cells : null));
		}
		errors.saveAll(entities);
		return problems.size();
	}

	private static void delete(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("could not delete {}", file, e);
		}
	}
}
