package org.shouhu.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.shouhu.child.ChildExportQueries;
import org.shouhu.child.ChildQuery;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.Messages;
import org.shouhu.common.TextCheck;
import org.springframework.stereotype.Service;

/**
 * The children export (issue 10, "Export"): the active files of a region, filtered like the children list, as an xlsx
 * workbook in the template of {@link ImportTemplate} (sheet 摸底排查表, the headers of {@link TemplateColumns}, every
 * cell text) with full ID and phone numbers, one row per file as {@link ExportRows} writes it, so that the workbook
 * imports back without a change.
 * <p>
 * For civil affairs only (403). Every refusal comes before a byte is written: 403, 400 (no purpose, a purpose with
 * forbidden characters or over {@value #MAX_PURPOSE} characters, filters that cannot be read, status 已减员), 404 (a
 * region outside the jurisdiction or unknown). Streaming both ways: the files are read {@code 500} at a time
 * ({@link ChildExportQueries}) and POI's SXSSF keeps {@value #WINDOW} rows in memory, the rest on a temporary file,
 * which is copied to the response once complete. Each export is recorded (EXPORT) with its purpose and row count.
 */
@Service
public class ExportChildren {

	/** Refusal text for every role but civil affairs. */
	public static final String FORBIDDEN = "exchange.export.forbidden";

	/** The longest purpose accepted. */
	public static final int MAX_PURPOSE = 200;

	static final int WINDOW = 100;

	private final Callers callers;
	private final ChildExportQueries queries;
	private final Messages messages;
	private final Clock clock;

	ExportChildren(Callers callers, ChildExportQueries queries, Messages messages, Clock clock) {
		this.callers = callers;
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	/** The caller, who must be civil affairs (else 403): for the pages, before they show the form. */
	public CurrentUser caller() {
		return callers.holding(FORBIDDEN, Role.CIVIL_AFFAIRS);
	}

	/**
	 * Checks the caller (403) and the filters as {@link #write} does (400, or 404 for a region outside the
	 * jurisdiction), without reading any file: for the form, so that it refuses before the purpose is typed.
	 */
	public void check(ChildQuery query) {
		queries.select(caller(), query, List.of());
	}

	/** The full name of a region filter, for the form (the code itself when unknown). */
	public String regionName(String code) {
		return queries.regionName(code);
	}

	/**
	 * Checks the caller, the purpose and the filters, then writes the workbook to the stream {@code target} opens
	 * (given the file name) once every row is ready, records the export and returns the number of rows.
	 */
	public int write(ChildQuery query, String purpose, Target target) {
		CurrentUser caller = caller();
		List<FieldProblem> problems = new ArrayList<>();
		String reason = TextCheck.normalize(purpose);
		if (reason == null) {
			problems.add(new FieldProblem("purpose", messages.get("exchange.export.purpose.required")));
		}
		else if (!TextCheck.isLongText(reason)) {
			problems.add(new FieldProblem("purpose", messages.get(TextCheck.INVALID_CHARACTERS)));
		}
		else if (reason.length() > MAX_PURPOSE) {
			problems.add(new FieldProblem("purpose", messages.get("exchange.export.purpose.tooLong", MAX_PURPOSE)));
		}
		ChildExportQueries.Selection selection = queries.select(caller, query, problems);
		LocalDate today = LocalDate.now(clock);
		// POI 5.3+: closing the workbook also deletes its temporary file
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			SXSSFSheet sheet = header(workbook, text);
			int[] next = { 1 };
			int count = queries.forEach(selection, file -> {
				Row row = sheet.createRow(next[0]++);
				List<String> cells = ExportRows.cells(file, today);
				for (int i = 0; i < cells.size(); i++) {
					Cell cell = row.createCell(i);
					cell.setCellStyle(text);
					if (!cells.get(i).isEmpty()) {
						cell.setCellValue(cells.get(i));
					}
				}
			});
			workbook.write(target.open(messages.get("exchange.export.file", selection.regionName(), today.toString())));
			queries.recordExport(selection, reason, count);
			return count;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Where the workbook goes, opened (with the download's file name) only when it is written. */
	@FunctionalInterface
	public interface Target {

		OutputStream open(String fileName) throws IOException;
	}

	private SXSSFSheet header(SXSSFWorkbook workbook, CellStyle text) {
		SXSSFSheet sheet = workbook.createSheet(messages.get("exchange.template.sheet"));
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		TemplateColumns[] columns = TemplateColumns.values();
		for (int i = 0; i < columns.length; i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns[i].header());
			cell.setCellStyle(bold);
			sheet.setDefaultColumnStyle(i, text);
			sheet.setColumnWidth(i, Math.max(10, Math.min(26, columns[i].header().length() * 2 + 6)) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}
}
