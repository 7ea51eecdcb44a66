package app.distribu.customer.customer;

import java.util.List;
import java.util.function.Function;

/** A list response: {@code {"data", "hasMore", "nextCursor"}}. */
record PageOf<T>(List<T> data, boolean hasMore, String nextCursor) {

	<R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(this.data.stream().map(mapper).toList(), this.hasMore, this.nextCursor);
	}

}
