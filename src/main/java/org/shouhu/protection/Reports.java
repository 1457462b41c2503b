package org.shouhu.protection;

import java.time.LocalDate;

import org.shouhu.common.ListPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mandatory reports (强制报告, DOMAIN.md §6; API.md "Mandatory reports and protection"): filing, the inbox, one
 * report with its timeline, and the receivers' steps accept → actions → conclude → feedback.
 * <p>
 * Callers: roles that work with child files and DEPARTMENT liaisons may file (else 403). A report is visible to its
 * filer and its receivers ({@link ReportRouting}); to anyone else it is 404 like an unknown id. The filer who tries
 * a receiver's step gets 403; a step out of order 409. Every read is audited (subject type {@value #REPORT}); the
 * reporter's name and phone go to receivers only, never into lists, tasks or audit details.
 */
@Service
@Transactional
public class Reports {

	/** Audit subject type of reports. */
	public static final String REPORT = "REPORT";

	/** Files a report: 201 with where it went and its deadline. */
	public FiledReport file(NewReport report) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * The reports the caller filed or receives, overdue first, then by oldest deadline, then newest; {@code status}
	 * and {@code overdue} filter when given.
	 */
	@Transactional(readOnly = true)
	public ListPage<ReportListItem> list(ReportStatus status, Boolean overdue, int page, int size) {
		throw new UnsupportedOperationException("not yet");
	}

	/** One report with its timeline; reporter name and phone only for receivers. */
	@Transactional(readOnly = true)
	public ReportView find(long id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** A receiver accepts (受理) a received report. */
	public ReportView accept(long id) {
		throw new UnsupportedOperationException("not yet");
	}

	/** A receiver records a handling action on an accepted report. */
	public ReportView recordAction(long id, LocalDate takenOn, String description) {
		throw new UnsupportedOperationException("not yet");
	}

	/** A receiver concludes (办结) an accepted report with its result and whether harm by the guardian was confirmed. */
	public ReportView conclude(long id, String result, Boolean harmConfirmed) {
		throw new UnsupportedOperationException("not yet");
	}

	/** A receiver tells the reporter the result of a concluded report. */
	public ReportView giveFeedback(long id, String message) {
		throw new UnsupportedOperationException("not yet");
	}
}
