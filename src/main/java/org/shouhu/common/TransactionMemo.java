package org.shouhu.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values looked up once per transaction: a lookup repeated for every row of a batch (a county's policy, whether a
 * county has reports waiting for a file) asks the database the first time and remembers the answer, misses
 * included, until the transaction ends. Outside a transaction every call asks again. The owner of the data calls
 * {@link #forget} when it changes it inside a transaction that may have asked already.
 */
public final class TransactionMemo<K, V> {

	private final Object resourceKey = new Object();

	/** The value of {@code key}, loaded by {@code load} (which may answer {@code null}) the first time in this transaction. */
	public V get(K key, Function<K, V> load) {
		Map<K, Optional<V>> values = values();
		if (values == null) {
			return load.apply(key);
		}
		Optional<V> known = values.get(key);
		if (known == null) {
			known = Optional.ofNullable(load.apply(key));
			values.put(key, known);
		}
		return known.orElse(null);
	}

	/** Drops what this transaction remembered of {@code key}. */
	public void forget(K key) {
		Map<K, Optional<V>> values = values();
		if (values != null) {
			values.remove(key);
		}
	}

	@SuppressWarnings("unchecked")
	private Map<K, Optional<V>> values() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<K, Optional<V>> values = (Map<K, Optional<V>>) TransactionSynchronizationManager.getResource(resourceKey);
		if (values == null) {
			Map<K, Optional<V>> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(resourceKey, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResource(resourceKey);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(resourceKey, created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
				}
			});
			values = created;
		}
		return values;
	}
}
