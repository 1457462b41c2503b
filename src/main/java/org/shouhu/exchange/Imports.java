package org.shouhu.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shouhu.account.Callers;
import org.shouhu.account.CurrentUser;
import org.shouhu.account.Role;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.FieldCipher;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.Regions;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 摸底排查表 import (DOMAIN.md §9, API.md "Import, export…"): {@link #start} takes an uploaded workbook and runs
 * it in the background ({@link ImportRunner}), {@link #find} tells how far it got, {@link #writeErrors} writes the
 * rejected rows as a workbook to fix and upload again. For the roles that work with child files (else 403), into
 * villages of the starter's jurisdiction; a job is seen by the user who started it and by civil affairs and
 * supervisors whose jurisdiction covers the starter's (a county sees the imports of its townships and villages;
 * anyone else: 404, like an unknown id). Each import is audited (IMPORT, with its counts, when it ends), each
 * error-workbook download as a read (VIEW, with its row count) under the reader.
 */
@Service
public class Imports {

	/** Refusal text for roles without child files. */
	public static final String FORBIDDEN = "exchange.import.forbidden";

	/** Audit subject type of imports. */
	public static final String SUBJECT = "IMPORT";

	/** At most this many problems in {@link ImportView#errors()} (all of them in the error workbook). */
	public static final int ERRORS_SHOWN = 1000;

	private static final TypeReference<List<String>> CELLS = new TypeReference<>() {
	};

	private static final int WINDOW = 100;

	private final Callers callers;
	private final ImportJobRepository jobs;
	private final ImportErrorRepository errors;
	private final ImportRunner runner;
	private final FieldCipher cipher;
	private final AuditTrail audit;
	private final Messages messages;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final TransactionTemplate readOnly;
	private final JsonMapper json = JsonMapper.builder().build();

	Imports(Callers callers, ImportJobRepository jobs, ImportErrorRepository errors, ImportRunner runner,
			FieldCipher cipher, AuditTrail audit, Messages messages, Clock clock, PlatformTransactionManager tm) {
		this.callers = callers;
		this.jobs = jobs;
		this.errors = errors;
		this.runner = runner;
		this.cipher = cipher;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
		this.transaction = new TransactionTemplate(tm);
		this.readOnly = new TransactionTemplate(tm);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Checks the caller (403), keeps the upload in a file of its own and starts the import in the background; the job
	 * is RUNNING when this returns (committed). No file or an empty one → 400 on {@code file}.
	 */
	public ImportView start(String fileName, long size, InputStream content) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		if (content == null || size <= 0) {
			throw new InvalidInputException("file", messages.get("exchange.import.file.required"));
		}
		String name = fileName == null || fileName.isBlank() ? null
				: fileName.strip().substring(0, Math.min(200, fileName.strip().length()));
		ImportJob job = transaction.execute(status -> jobs.save(new ImportJob(user.id(), user.getName(),
				user.actorName(), user.jurisdiction(), name, clock.instant())));
		Path file = null;
		try {
			file = runner.uploadFile(job.getId());
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | UncheckedIOException e) {
			runner.fail(job.getId(), file, messages.get("exchange.import.file.unreadable"));
			return find(job.getId());
		}
		runner.submit(job.getId(), file);
		return view(job, List.of());
	}

	/** The caller's job with its first {@value #ERRORS_SHOWN} problems; another user's or unknown → 404. */
	public ImportView find(long id) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		return readOnly.execute(status -> {
			ImportJob job = visible(id, user);
			List<ImportView.Problem> shown = errors.findPage(job.getId(), 0, 0, PageRequest.of(0, ERRORS_SHOWN))
				.stream()
				.map(e -> new ImportView.Problem(e.getRowNumber(), e.getColumnHeader(), e.getMessage()))
				.toList();
			return view(job, shown);
		});
	}

	/** The latest jobs the caller sees (see the class), newest first, without their problems (the imports page). */
	public List<ImportView> recent(int limit) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		String prefix = Regions.COUNTRY.equals(user.jurisdiction()) ? "%" : user.jurisdiction() + "%";
		return readOnly.execute(status -> (overseer(user)
				? jobs.findVisible(user.id(), prefix, PageRequest.of(0, limit))
				: jobs.findByOwnerIdOrderByIdDesc(user.id(), PageRequest.of(0, limit)))
			.stream()
			.map(job -> view(job, List.of()))
			.toList());
	}

	/**
	 * Writes the rejected rows of the caller's job (404 otherwise, before anything is written) as a workbook: the
	 * template's headers plus {@value ImportWorkbook#ERROR_COLUMN}, each row with its original cells and all its
	 * messages, so that it can be corrected and uploaded again. Audited as a read with the row count. Returns the
	 * number of rows written.
	 */
	public int writeErrors(long id, Target target) {
		CurrentUser user = callers.childFileWorker(FORBIDDEN);
		readOnly.executeWithoutResult(status -> visible(id, user));
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			SXSSFSheet sheet = workbook.createSheet(messages.get("exchange.import.errors.sheet"));
			header(workbook, sheet);
			int rows = readOnly.execute(status -> errorRows(id, sheet));
			workbook.write(target.open());
			audit.record(AuditAction.VIEW, SUBJECT, id, AuditOutcome.SUCCESS,
					messages.get("exchange.import.audit.errors", String.valueOf(rows)));
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The name of the error workbook's file. */
	public String errorsFileName(long id) {
		return messages.get("exchange.import.errors.file", String.valueOf(id));
	}

	/** Where a workbook goes, opened only when it is written. */
	@FunctionalInterface
	public interface Target {

		OutputStream open() throws IOException;
	}

	private int errorRows(long jobId, SXSSFSheet sheet) {
		int written = 0;
		long after = 0;
		int afterRow = 0;
		int currentRow = -1;
		List<String> cells = null;
		StringBuilder text = new StringBuilder();
		while (true) {
			List<ImportError> page = errors.findPage(jobId, afterRow, after, PageRequest.of(0, 1000));
			for (ImportError e : page) {
				if (e.getRowNumber() != currentRow) {
					if (cells != null) {
						write(sheet, ++written, cells, text.toString());
					}
					currentRow = e.getRowNumber();
					cells = e.getCells() == null ? List.of() : json.readValue(cipher.decrypt(e.getCells()), CELLS);
					text.setLength(0);
				}
				if (!text.isEmpty()) {
					text.append('；');
				}
				text.append(messages.get("exchange.import.errors.item", String.valueOf(e.getRowNumber()),
						e.getColumnHeader() == null ? messages.get("exchange.import.wholeRow") : e.getColumnHeader(),
						e.getMessage()));
				after = e.getId();
				afterRow = e.getRowNumber();
			}
			if (page.size() < 1000) {
				break;
			}
		}
		if (cells != null) {
			write(sheet, ++written, cells, text.toString());
		}
		return written;
	}

	private static void write(SXSSFSheet sheet, int at, List<String> cells, String text) {
		Row row = sheet.createRow(at);
		for (int i = 0; i < cells.size(); i++) {
			row.createCell(i).setCellValue(cells.get(i));
		}
		row.createCell(TemplateColumns.values().length).setCellValue(text);
	}

	private void header(SXSSFWorkbook workbook, SXSSFSheet sheet) {
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		CellStyle text = workbook.createCellStyle();
		text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		Row header = sheet.createRow(0);
		TemplateColumns[] columns = TemplateColumns.values();
		for (int i = 0; i <= columns.length; i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(i < columns.length ? columns[i].header() : ImportWorkbook.ERROR_COLUMN);
			cell.setCellStyle(bold);
			sheet.setDefaultColumnStyle(i, text);
			sheet.setColumnWidth(i, (i < columns.length ? 16 : 60) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private ImportJob visible(long id, CurrentUser user) {
		return jobs.findById(id)
			.filter(job -> job.getOwnerId() == user.id() || overseer(user) && user.covers(job.getJurisdiction()))
			.orElseThrow(() -> new NotFoundException(messages.get("exchange.import.notFound")));
	}

	/** Whether the user sees the imports of others inside the jurisdiction (county civil affairs, supervisors). */
	private static boolean overseer(CurrentUser user) {
		return user.has(Role.CIVIL_AFFAIRS) || user.has(Role.SUPERVISOR);
	}

	private static ImportView view(ImportJob job, List<ImportView.Problem> shown) {
		return new ImportView(job.getId(), job.getStatus(), job.getFileName(), job.getActorName(), job.getStartedAt(),
				job.getFinishedAt(), job.getTotalRows(), job.getProcessedRows(), job.getImported(), job.getUpdated(),
				job.getUnchanged(), job.getRejected(), job.getErrorCount(), shown, job.getMessage());
	}
}
