package org.shouhu.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.child.CaregiverRelation;
import org.shouhu.child.Category;
import org.shouhu.child.Gender;
import org.shouhu.common.Messages;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Service;

/**
 * The figures of a region as an xlsx workbook (Apache POI streaming, SXSSF): sheet 汇总 with every figure of
 * {@link StatisticsSummary} as label and number, sheet 分区域 with one row per division one level down. Same caller
 * rules as {@link StatisticsSummaries#summary} (403 / 404 before any byte is written); each export is audited as
 * EXPORT of subject {@value #SUBJECT} with the region code.
 */
@Service
public class StatisticsExport {

	/** Audit subject type of statistics exports. */
	public static final String SUBJECT = "STATISTICS";

	private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.of("Asia/Shanghai"));

	private final StatisticsSummaries summaries;
	private final Regions regions;
	private final AuditTrail audit;
	private final Messages messages;

	StatisticsExport(StatisticsSummaries summaries, Regions regions, AuditTrail audit, Messages messages) {
		this.summaries = summaries;
		this.regions = regions;
		this.audit = audit;
		this.messages = messages;
	}

	/** Where the workbook goes, opened only when it is written. */
	@FunctionalInterface
	public interface Target {

		OutputStream open() throws IOException;
	}

	/** Writes the workbook of {@code regionCode} (null: the caller's jurisdiction); returns the summary written. */
	public StatisticsSummary write(String regionCode, Target target) {
		StatisticsSummary summary = summaries.summary(regionCode);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			SXSSFSheet totals = workbook.createSheet(messages.get("statistics.export.totals"));
			totals.setColumnWidth(0, 34 * 256);
			totals.setColumnWidth(1, 14 * 256);
			int r = 0;
			Row title = totals.createRow(r++);
			title.createCell(0).setCellValue(regions.fullName(summary.regionCode()));
			title.getCell(0).setCellStyle(bold);
			title.createCell(1).setCellValue(summary.regionCode());
			Row asOf = totals.createRow(r++);
			asOf.createCell(0).setCellValue(messages.get("statistics.asOf"));
			asOf.createCell(1).setCellValue(AS_OF.format(summary.asOf()));
			r = line(totals, r, messages.get("statistics.children"), summary.children(), bold);
			r = section(totals, r, messages.get("statistics.byCategory"), bold);
			for (Category c : Category.values()) {
				r = line(totals, r, c.label(), summary.byCategory().get(c.name()), null);
			}
			r = section(totals, r, messages.get("statistics.byCaregiver"), bold);
			for (Map.Entry<String, Long> e : summary.leftBehindByCaregiver().entrySet()) {
				r = line(totals, r, caregiverLabel(e.getKey()), e.getValue(), null);
			}
			r = section(totals, r, messages.get("statistics.byAgeBand"), bold);
			for (Map.Entry<String, Long> e : summary.byAgeBand().entrySet()) {
				r = line(totals, r, messages.get("statistics.ageBand", e.getKey()), e.getValue(), null);
			}
			r = section(totals, r, messages.get("statistics.byGender"), bold);
			for (Gender g : Gender.values()) {
				r = line(totals, r, g.label(), summary.byGender().get(g.name()), null);
			}
			if (!summary.byRegion().isEmpty()) {
				SXSSFSheet bySub = workbook.createSheet(messages.get("statistics.export.byRegion"));
				Row header = bySub.createRow(0);
				header.createCell(0).setCellValue(messages.get("statistics.region"));
				header.createCell(1).setCellValue(messages.get("statistics.regionCode"));
				header.createCell(2).setCellValue(messages.get("statistics.children"));
				for (Category c : Category.values()) {
					header.createCell(3 + c.ordinal()).setCellValue(c.label());
				}
				header.forEach(cell -> cell.setCellStyle(bold));
				bySub.setColumnWidth(0, 18 * 256);
				bySub.setColumnWidth(1, 14 * 256);
				bySub.createFreezePane(1, 1);
				int i = 1;
				for (StatisticsSummary.RegionFigures sub : summary.byRegion()) {
					Row row = bySub.createRow(i++);
					row.createCell(0).setCellValue(sub.name());
					row.createCell(1).setCellValue(sub.regionCode());
					row.createCell(2).setCellValue(sub.children());
					for (Category c : Category.values()) {
						row.createCell(3 + c.ordinal()).setCellValue(sub.byCategory().get(c.name()));
					}
				}
			}
			workbook.write(target.open());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		audit.record(AuditAction.EXPORT, SUBJECT, summary.regionCode(), AuditOutcome.SUCCESS,
				"children=" + summary.children());
		return summary;
	}

	/** The label of a caregiver key ({@code NONE}: no relation recorded). */
	public String caregiverLabel(String key) {
		return StatisticsSummary.NO_CAREGIVER.equals(key) ? messages.get("statistics.noCaregiver")
				: CaregiverRelation.valueOf(key).label();
	}

	private static int section(SXSSFSheet sheet, int r, String label, CellStyle bold) {
		Row row = sheet.createRow(r + 1);
		row.createCell(0).setCellValue(label);
		row.getCell(0).setCellStyle(bold);
		return r + 2;
	}

	private static int line(SXSSFSheet sheet, int r, String label, Long n, CellStyle style) {
		Row row = sheet.createRow(r);
		row.createCell(0).setCellValue(label);
		row.createCell(1).setCellValue(n == null ? 0 : n);
		if (style != null) {
			row.getCell(0).setCellStyle(style);
		}
		return r + 1;
	}
}
