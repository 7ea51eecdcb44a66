package app.distribu.order.credit;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.web.NotFound;

/**
 * For customer-service's customer page and credit API, with the caller's token: a
 * customer of another company simply owes nothing here. Storefront contacts see their
 * balance on the storefront pages instead.
 */
@RestController
class BalanceApi {

	private final CreditLimits credit;

	BalanceApi(CreditLimits credit) {
		this.credit = credit;
	}

	@GetMapping("/internal/customers/{customerId}/balance")
	BalanceJson balance(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID customerId) {
		if (me.kind() == PrincipalKind.CONTACT) {
			throw new NotFound("Customer " + customerId);
		}
		Balance balance = this.credit.balance(me.companyId(), customerId);
		return new BalanceJson(customerId, balance.openBalance().toPlainString(), balance.unpaidOrders(),
				balance.currency());
	}

	record BalanceJson(UUID customerId, String openBalance, int unpaidOrders, String currency) {

	}

}
