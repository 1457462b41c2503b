package org.shouhu.protection;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A report suggestion as the API and the pages show it ({@code GET /api/v1/children/{id}/report-suggestions}).
 *
 * @param situation      the situation code the prefilled report names ({@link SuggestionRules})
 * @param description    the finding: what the visit or assessment found, prefilled as what happened
 * @param reportId       the report filed for the child, once {@code FILED}
 * @param declinedReason why the director did not report, once {@code DECLINED}
 * @param decidedBy      who filed or declined (the report's filer, or the director who declined)
 */
public record ReportSuggestionView(long id, long version, long childId, SuggestionStatus status,
		SuggestionSource source, long sourceId, String situation, String situationLabel, String description,
		Instant createdAt, Long reportId, String declinedReason, String decidedBy, Instant decidedAt) {

	@JsonProperty("open")
	public boolean open() {
		return status == SuggestionStatus.OPEN;
	}

	/** The report form, prefilled with the child, the situation and the finding (one tap). */
	@JsonProperty("reportFormPath")
	public String reportFormPath() {
		return "/reports/new?childId=" + childId + "&situation=" + encode(situation) + "&description="
				+ encode(description) + "&suggestion=" + id;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
