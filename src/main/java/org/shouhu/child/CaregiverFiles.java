package org.shouhu.child;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.shouhu.account.CurrentUser;
import org.shouhu.common.Messages;
import org.shouhu.common.NotFoundException;
import org.shouhu.region.RegionScope;
import org.shouhu.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entrusted caregivers of the files, for caregiver oversight (委托照护, 未保法 Art 22) in the protection module: the
 * caregiver facts of one file and the files of a jurisdiction whose signed confirmation is missing. Neither reads a
 * whole file nor an ID number, so neither is a recorded read; no caller check (the protection module checks its
 * callers and passes their jurisdiction).
 */
@Service
@Transactional(readOnly = true)
public class CaregiverFiles {

	private final ChildRepository files;
	private final EntityManager entities;
	private final Regions regions;
	private final Messages messages;

	CaregiverFiles(ChildRepository files, EntityManager entities, Regions regions, Messages messages) {
		this.files = files;
		this.entities = entities;
		this.regions = regions;
		this.messages = messages;
	}

	/** The caregiver facts of file {@code childId} (any jurisdiction); unknown → 404. */
	public CaregiverFacts facts(long childId) {
		Child child = files.findById(childId).orElseThrow(() -> new NotFoundException(messages.get("child.notFound")));
		CaregiverRecord caregiver = child.caregiverRecord();
		return new CaregiverFacts(child.getId(), child.getName(), child.getVillageCode(),
				child.getStatus() == ChildStatus.ACTIVE, child.categoryCodes().contains(Category.LEFT_BEHIND),
				caregiver != null, caregiver == null ? null : caregiver.name,
				caregiver == null ? null : caregiver.confirmationSignedOn,
				caregiver == null ? null : caregiver.checklist(), caregiver == null ? null : caregiver.digest());
	}

	/**
	 * The active left-behind children of the caller's jurisdiction with a named caregiver but no signed
	 * confirmation, oldest file first, at most {@code limit}: read through the flag's partial index (V16_1) and the
	 * region column, never a scan of the jurisdiction's files.
	 */
	public List<CaregiverConfirmationMissing> confirmationMissing(CurrentUser caller, int limit) {
		Map<String, Object> params = new HashMap<>();
		TypedQuery<Object[]> query = entities.createQuery("select c.id, c.name, c.caregiver.name, c.region.villageCode"
				+ " from Child c where c.caregiverConfirmationMissing = true and "
				+ RegionScope.jpql("c.region", "scope", caller.jurisdiction(), params) + " order by c.id", Object[].class);
		params.forEach(query::setParameter);
		return query.setMaxResults(limit).getResultList().stream()
			.map(row -> new CaregiverConfirmationMissing((Long) row[0], (String) row[1], (String) row[2],
					(String) row[3], regions.name((String) row[3])))
			.toList();
	}
}
