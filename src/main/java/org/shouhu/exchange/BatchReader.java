package org.shouhu.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Reads a workbook ({@link ImportWorkbook#read}) on a thread of its own, at most {@value #AHEAD} batches ahead of the
 * job's thread that saves them, so that parsing the sheet (a third of an import's time on one thread) overlaps the
 * database work while memory stays bounded by the batches ahead. Each row is turned into a {@code T} on the reading
 * thread. A failure of the reading is thrown by {@link #next} on the job's thread; {@link #close} stops the reading.
 */
final class BatchReader<T> implements AutoCloseable {

	static final int AHEAD = 2;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD + 1);
	private final Thread thread;
	private volatile boolean closed;

	private BatchReader(Path file, int batchSize, Function<ImportWorkbook.Row, T> prepare, String threadName) {
		this.thread = new Thread(() -> read(file, batchSize, prepare), threadName);
		this.thread.setDaemon(true);
	}

	static <T> BatchReader<T> start(Path file, int batchSize, Function<ImportWorkbook.Row, T> prepare,
			String threadName) {
		BatchReader<T> reader = new BatchReader<>(file, batchSize, prepare, threadName);
		reader.thread.start();
		return reader;
	}

	/** The next batch in the sheet's order, or {@code null} after the last; rethrows a failure of the reading. */
	@SuppressWarnings("unchecked")
	List<T> next() {
		Object item;
		try {
			item = queue.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("import interrupted", e);
		}
		if (item == END) {
			return null;
		}
		if (item instanceof RuntimeException e) {
			throw e;
		}
		if (item instanceof Error e) {
			throw e;
		}
		return (List<T>) item;
	}

	@Override
	public void close() {
		closed = true;
		thread.interrupt();
	}

	private void read(Path file, int batchSize, Function<ImportWorkbook.Row, T> prepare) {
		try {
			List<T> batch = new ArrayList<>(batchSize);
			ImportWorkbook.read(file, row -> {
				if (closed) {
					throw new Stopped();
				}
				batch.add(prepare.apply(row));
				if (batch.size() == batchSize) {
					put(List.copyOf(batch));
					batch.clear();
				}
			});
			if (!batch.isEmpty()) {
				put(List.copyOf(batch));
			}
			put(END);
		}
		catch (Stopped stopped) {
			// closed by the job's thread
		}
		catch (RuntimeException | Error e) {
			if (!closed) {
				try {
					put(e);
				}
				catch (Stopped stopped) {
					// closed meanwhile
				}
			}
		}
	}

	private void put(Object item) {
		try {
			queue.put(item);
		}
		catch (InterruptedException e) {
			throw new Stopped();
		}
	}

	/** Ends the reading once the job's thread has closed the reader. */
	private static final class Stopped extends RuntimeException {

		Stopped() {
			super(null, null, false, false);
		}
	}
}
