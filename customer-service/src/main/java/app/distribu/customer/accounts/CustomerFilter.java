package app.distribu.customer.accounts;

/** The list's search ({@code q}, in name or email) and status filter; null = any. */
public record CustomerFilter(String q, CustomerStatus status) {

	/** Blank values mean "no filter"; an unknown status is refused by the caller. */
	public static CustomerFilter of(String q, String status) {
		String query = (q == null || q.isBlank()) ? null : q.trim();
		return new CustomerFilter(query, (status == null || status.isBlank()) ? null : CustomerStatus.parse(status));
	}

}
