package app.distribu.platform.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListPageTest {

	@Test
	void mapsItsItemsAndKeepsThePosition() {
		ListPage<Integer> page = new ListPage<>(List.of(1, 2), true, "next");

		assertThat(page.map(String::valueOf)).isEqualTo(new ListPage<>(List.of("1", "2"), true, "next"));
	}

}
