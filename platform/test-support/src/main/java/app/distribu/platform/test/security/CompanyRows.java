package app.distribu.platform.test.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * How many rows each table of the service's schema holds for one company (tables with a
 * {@code company_id}) or at all (the others). A refused request must leave it as it was:
 * nothing half written.
 */
public final class CompanyRows {

	/** Written by consumers of other tests' events, or only by the framework. */
	private static final Set<String> NOISY = Set.of("flyway_schema_history", "processed_event");

	private final DataSource dataSource;

	private final UUID company;

	private final String query;

	private final int companyTables;

	private CompanyRows(DataSource dataSource, UUID company, String query, int companyTables) {
		this.dataSource = dataSource;
		this.company = company;
		this.query = query;
		this.companyTables = companyTables;
	}

	/**
	 * {@code ignoring}: tables a refused request may still write (counters of refusals).
	 */
	public static CompanyRows of(DataSource dataSource, UUID company, String... ignoring) {
		List<String> withCompany = new ArrayList<>();
		List<String> without = new ArrayList<>();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement tables = connection.prepareStatement("""
						select t.table_name, exists (select 1 from information_schema.columns c
						  where c.table_schema = t.table_schema and c.table_name = t.table_name
						  and c.column_name = 'company_id')
						from information_schema.tables t
						where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
						order by t.table_name""");
				ResultSet rows = tables.executeQuery()) {
			while (rows.next()) {
				String table = rows.getString(1);
				if (NOISY.contains(table) || List.of(ignoring).contains(table)) {
					continue;
				}
				(rows.getBoolean(2) ? withCompany : without).add(table);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		List<String> parts = new ArrayList<>();
		withCompany.forEach(
				(table) -> parts.add("select '" + table + "', count(*) from \"" + table + "\" where company_id = ?"));
		without.forEach((table) -> parts.add("select '" + table + "', count(*) from \"" + table + "\""));
		return new CompanyRows(dataSource, company, String.join(" union all ", parts), withCompany.size());
	}

	public Map<String, Long> count() {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(this.query)) {
			for (int i = 1; i <= this.companyTables; i++) {
				statement.setObject(i, this.company);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					counts.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return counts;
	}

}
