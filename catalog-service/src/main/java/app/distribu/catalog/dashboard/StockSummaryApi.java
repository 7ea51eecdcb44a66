package app.distribu.catalog.dashboard;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.NotPermitted;

/** For identity's dashboard home, with the team member's token: their company only. */
@RestController
class StockSummaryApi {

	private final StockSummaryRepository summaries;

	StockSummaryApi(StockSummaryRepository summaries) {
		this.summaries = summaries;
	}

	@GetMapping("/internal/dashboard/stock")
	StockSummary stock(@AuthenticationPrincipal DistribuPrincipal me) {
		if (!me.isUser()) {
			throw new NotPermitted();
		}
		return this.summaries.of(me.companyId());
	}

}
