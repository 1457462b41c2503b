package org.shouhu.care;

import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The close-attention page and the three lists (三个清单): active children of the caller's jurisdiction with at least
 * one {@link CloseAttentionReason}, newest file first, optionally only those with a given reason and within a region.
 */
@Service
@Transactional(readOnly = true)
public class CareLists {

	public CarePage<CareListEntry> list(String regionCode, CloseAttentionReason reason, int page, int size) {
		throw new UnsupportedOperationException("care: being built");
	}

	/** Every entry of the same list, in batches, for the export (constant memory). */
	public void forEach(String regionCode, CloseAttentionReason reason, Consumer<CareListEntry> entry) {
		throw new UnsupportedOperationException("care: being built");
	}
}
