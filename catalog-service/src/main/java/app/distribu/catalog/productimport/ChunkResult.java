package app.distribu.catalog.productimport;

import java.util.List;

/** What became of the rows of one chunk. */
record ChunkResult(int rows, int created, int updated, List<CsvRow.Rejected> rejections) {
}
