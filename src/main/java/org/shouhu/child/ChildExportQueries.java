package org.shouhu.child;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.shouhu.account.CurrentUser;
import org.shouhu.audit.AuditAction;
import org.shouhu.audit.AuditOutcome;
import org.shouhu.audit.AuditTrail;
import org.shouhu.common.FieldCipher;
import org.shouhu.common.FieldProblem;
import org.shouhu.common.InvalidInputException;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.RegionLevel;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole active files of a region for the export of the exchange module (摸底排查表, issue 10): the filters of the
 * children list ({@link ChildQuery}) checked as the list checks them, the region inside the caller's jurisdiction
 * (else 404, like an unknown region), then the files read {@value #BATCH} at a time by keyset on {@code id} with the
 * jurisdiction in the query, each page detached after use, so that memory does not grow with the region. Full ID and
 * phone numbers (decrypted by the entity's converter): the read is recorded in the audit trail as one EXPORT with the
 * purpose and the row count ({@link #recordExport}).
 * <p>
 * No caller check of its own: the caller is passed in by the service that checked it (the export is for civil
 * affairs only).
 */
@Service
public class ChildExportQueries {

	/** Audit subject type of file exports. */
	public static final String SUBJECT = "CHILD_EXPORT";

	/** Files read per query. */
	static final int BATCH = 500;

	private final EntityManager entities;
	private final FieldCipher cipher;
	private final Regions regions;
	private final AuditTrail audit;
	private final Messages messages;

	ChildExportQueries(EntityManager entities, FieldCipher cipher, Regions regions, AuditTrail audit,
			Messages messages) {
		this.entities = entities;
		this.cipher = cipher;
		this.regions = regions;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Checks the filters for {@code caller}: a village or region code that is no division code, a search text over 50
	 * characters or the status 已减员 (only active files are exported) → 400 with every problem at once (after
	 * {@code problems} already found by the caller); a region or village that is not loaded or lies outside the
	 * caller's jurisdiction → 404 (recorded as a denied export).
	 */
	public Selection select(CurrentUser caller, ChildQuery query, List<FieldProblem> problems) {
		List<FieldProblem> all = new ArrayList<>(problems);
		String village = blankToNull(query.villageCode());
		String region = blankToNull(query.regionCode());
		String q = blankToNull(query.q());
		if (village != null && RegionLevel.ofCode(village) != RegionLevel.VILLAGE) {
			all.add(new FieldProblem("villageCode", messages.get("child.villageCode.invalid")));
		}
		if (region != null && !Regions.COUNTRY.equals(region) && RegionLevel.ofCode(region) == null) {
			all.add(new FieldProblem("regionCode", messages.get("common.regionCode.invalid")));
		}
		if (q != null && q.length() > 50) {
			all.add(new FieldProblem("q", messages.get("child.q.tooLong")));
		}
		if (query.status() == ChildStatus.EXITED) {
			all.add(new FieldProblem("status", messages.get("exchange.export.activeOnly")));
		}
		if (!all.isEmpty()) {
			throw new InvalidInputException(all);
		}
		String scope = caller.jurisdiction();
		for (String code : new String[] { region, village }) {
			if (code == null) {
				continue;
			}
			if (regions.find(code).isEmpty() || !caller.covers(code)) {
				audit.record(AuditAction.EXPORT, SUBJECT, code, AuditOutcome.DENIED,
						messages.get("exchange.export.audit.outside"));
				throw new NotFoundException(messages.get("exchange.export.regionNotFound", code));
			}
			if (Regions.within(scope, code)) {
				scope = code;
			}
		}
		String idHash = q == null ? null : IdNumber.parse(q).map(id -> cipher.lookupHash(id.value())).orElse(null);
		return new Selection(caller.jurisdiction(), scope, regions.name(scope),
				new ChildQuery(village, region, query.category(), ChildStatus.ACTIVE, q), idHash);
	}

	/**
	 * Hands every active file of the selection to {@code file}, oldest first (by id), with full ID and phone numbers;
	 * returns how many. Reads {@value #BATCH} files per query and detaches them before the next page.
	 */
	@Transactional(readOnly = true)
	public int forEach(Selection selection, Consumer<ChildFile> file) {
		int count = 0;
		long after = 0;
		while (true) {
			Map<String, Object> params = new HashMap<>();
			String from = ScopedChildQueries.from(selection.jurisdiction(), selection.query(), selection.idNumberHash(),
					params);
			TypedQuery<Long> ids = entities.createQuery("select c.id " + from + " and c.id > :after order by c.id",
					Long.class);
			params.forEach(ids::setParameter);
			List<Long> page = ids.setParameter("after", after).setMaxResults(BATCH).getResultList();
			if (page.isEmpty()) {
				return count;
			}
			List<Child> files = entities.createQuery("select c from Child c where c.id in :ids order by c.id",
					Child.class).setParameter("ids", page).getResultList();
			for (Child child : files) {
				file.accept(child.content());
				count++;
			}
			if (page.size() < BATCH) {
				return count;
			}
			after = page.get(page.size() - 1);
			entities.clear();
		}
	}

	/** Records the export as read: EXPORT of the selection's region with the purpose and the number of rows. */
	public void recordExport(Selection selection, String purpose, int rows) {
		audit.record(AuditAction.EXPORT, SUBJECT, selection.regionCode(), AuditOutcome.SUCCESS,
				messages.get("exchange.export.audit.detail", purpose, String.valueOf(rows)));
	}

	/** The full name of a division (province down), or the code itself when it is not one; for forms. */
	public String regionName(String code) {
		return code == null || code.isBlank() ? null : regions.fullName(code.trim());
	}

	/**
	 * What an export reads: the caller's jurisdiction, the narrowest region of the filters (its code and name) and the
	 * checked filters (status 在册).
	 */
	public record Selection(String jurisdiction, String regionCode, String regionName, ChildQuery query,
			String idNumberHash) {
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
