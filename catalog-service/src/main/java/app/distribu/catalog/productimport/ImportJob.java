package app.distribu.catalog.productimport;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An import's state and counters as stored. */
record ImportJob(UUID id, ImportMode mode, Status status, String fileName, long bytesTotal, long bytesRead,
		int rowsRead, int created, int updated, int rejected, String failure, OffsetDateTime createdAt,
		OffsetDateTime finishedAt) {

	enum Status {

		QUEUED, RUNNING, DONE, FAILED

	}

	public boolean finished() {
		return this.status == Status.DONE || this.status == Status.FAILED;
	}

	/** How far through the file, 0–100, by bytes read. */
	public int percent() {
		if (this.status == Status.DONE) {
			return 100;
		}
		return (this.bytesTotal == 0) ? 0 : (int) Math.min(99, this.bytesRead * 100 / this.bytesTotal);
	}

}
