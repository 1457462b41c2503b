package org.shouhu.care;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shouhu.account.CurrentUser;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.Messages;
import org.shouhu.child.ChildSummary;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Service;

/**
 * The close-attention list as an xlsx workbook (Apache POI streaming: {@value #WINDOW} rows in memory, the rest on a
 * temporary file, so memory stays constant whatever the list's length). Same filters, caller rules and scope as
 * {@link CareLists} (403, 400 on a bad region code); ID numbers are masked. Each export is audited (EXPORT, subject
 * {@value #SUBJECT}) with its filters and row count.
 */
@Service
public class CloseAttentionExport {

	/** Audit subject type of close-attention list exports. */
	public static final String SUBJECT = "CLOSE_ATTENTION";

	/** The header row, in column order: keys {@code care.export.header.<name>} of messages.properties. */
	public static final List<String> HEADERS = List.of("number", "name", "gender", "age", "idNumber", "township",
			"village", "reasons", "closeAttention", "homeVisitDueOn", "homeVisitOverdue", "openProblems");

	static final int WINDOW = 100;

	private static final int[] WIDTHS = { 6, 10, 6, 6, 22, 16, 18, 44, 10, 14, 14, 12 };

	private final CareLists lists;
	private final Regions regions;
	private final AuditTrail audit;
	private final Messages messages;

	CloseAttentionExport(CareLists lists, Regions regions, AuditTrail audit, Messages messages) {
		this.lists = lists;
		this.regions = regions;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Writes the workbook to the stream {@code target} opens once the rows are ready (so that a refusal, 403 or 400,
	 * comes before anything is sent), and returns the number of children written.
	 */
	public int write(String regionCode, CloseAttentionReason reason, Target target) {
		// POI 5.3+: closing the workbook also deletes its temporary files
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			SXSSFSheet sheet = header(workbook);
			AtomicInteger count = new AtomicInteger();
			lists.forEach(regionCode, reason, entry -> row(sheet.createRow(count.incrementAndGet()), count.get(), entry));
			workbook.write(target.open());
			String scope = regionCode == null || regionCode.isBlank()
					? CurrentUser.find().map(CurrentUser::jurisdiction).orElse(null) : regionCode.trim();
			audit.record(AuditAction.EXPORT, SUBJECT, scope, AuditOutcome.SUCCESS,
					"reason=" + (reason == null ? messages.get("care.export.allReasons") : reason.name()) + "; rows=" + count.get());
			return count.get();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Where the workbook goes, opened only when it is written. */
	@FunctionalInterface
	public interface Target {

		OutputStream open() throws IOException;
	}

	private SXSSFSheet header(SXSSFWorkbook workbook) {
		SXSSFSheet sheet = workbook.createSheet(messages.get("care.export.sheet"));
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row header = sheet.createRow(0);
		for (int i = 0; i < HEADERS.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(messages.get("care.export.header." + HEADERS.get(i)));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, WIDTHS[i] * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private void row(Row row, int number, CareListEntry entry) {
		ChildSummary child = entry.child();
		row.createCell(0).setCellValue(number);
		row.createCell(1).setCellValue(child.name());
		row.createCell(2).setCellValue(child.gender() == null ? "" : child.gender().label());
		row.createCell(3).setCellValue(child.age());
		row.createCell(4).setCellValue(child.idNumber() == null ? messages.get("care.export.noIdNumber") : child.idNumber());
		row.createCell(5).setCellValue(regions.name(Regions.ancestorCode(child.villageCode(), RegionLevel.TOWNSHIP)));
		row.createCell(6).setCellValue(child.villageName());
		row.createCell(7).setCellValue(entry.reasons().stream().map(CloseAttentionReason::label)
			.collect(Collectors.joining("、")));
		row.createCell(8).setCellValue(yesNo(entry.closeAttention()));
		row.createCell(9).setCellValue(entry.homeVisitDueOn() == null ? "" : entry.homeVisitDueOn().toString());
		row.createCell(10).setCellValue(yesNo(entry.homeVisitOverdue()));
		row.createCell(11).setCellValue(entry.openProblems());
	}

	private String yesNo(boolean value) {
		return messages.get(value ? "care.export.yes" : "care.export.no");
	}
}
