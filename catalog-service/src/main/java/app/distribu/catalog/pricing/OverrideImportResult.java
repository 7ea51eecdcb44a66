package app.distribu.catalog.pricing;

import java.util.ArrayList;
import java.util.List;

/** What a price-override file did, row by row (the header is row 1). */
public class OverrideImportResult {

	private int set;

	private int removed;

	private int rejectedCount;

	private final List<Rejection> rejections = new ArrayList<>();

	private String stoppedBecause;

	public record Rejection(long row, String sku, String customerEmail, String reason) {

	}

	void set() {
		this.set++;
	}

	void removed() {
		this.removed++;
	}

	void rejected(long row, String sku, String email, String reason) {
		this.rejectedCount++;
		if (this.rejections.size() < OverrideCsvImport.REJECTIONS_SHOWN) {
			this.rejections.add(new Rejection(row, sku, email, reason));
		}
	}

	void stoppedAt(String reason) {
		this.stoppedBecause = reason;
	}

	int rows() {
		return this.set + this.removed + this.rejectedCount + 1;
	}

	public int getSet() {
		return this.set;
	}

	public int getRemoved() {
		return this.removed;
	}

	public int getRejected() {
		return this.rejectedCount;
	}

	public List<Rejection> getRejections() {
		return this.rejections;
	}

	public String getStoppedBecause() {
		return this.stoppedBecause;
	}

}
