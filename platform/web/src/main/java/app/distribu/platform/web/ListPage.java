package app.distribu.platform.web;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a public list: {@code {"data", "hasMore", "nextCursor"}};
 * {@code nextCursor} is {@code null} on the last page.
 */
public record ListPage<T>(List<T> data, boolean hasMore, @Nullable String nextCursor) {

	/** The same page with each item converted, for example a domain type to its JSON. */
	public <R> ListPage<R> map(Function<T, R> mapper) {
		return new ListPage<>(this.data.stream().map(mapper).toList(), this.hasMore, this.nextCursor);
	}

}
