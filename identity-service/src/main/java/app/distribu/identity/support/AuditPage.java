package app.distribu.identity.support;

import java.util.List;

record AuditPage(List<AuditEntry> entries, int page, boolean hasNext) {

	// Public: the template calls it.
	public boolean hasPrevious() {
		return this.page > 0;
	}

}
