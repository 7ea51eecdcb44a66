package app.distribu.platform.test;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PublicPaths;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;

/** A tiny service exercising the platform's shared web and security wiring. */
@SpringBootApplication
class PlatformTestApplication {

	@Bean
	PublicPaths openPaths() {
		return PublicPaths.of("/open");
	}

	@RestController
	static class ThingsApi {

		@GetMapping("/api/v1/things/{id}")
		String thing(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable String id) {
			me.requireScope("things:read");
			if (!id.equals("known")) {
				throw new NotFound("Thing " + id);
			}
			return "company " + me.companyId();
		}

		@PostMapping("/api/v1/things")
		String create(@Valid @RequestBody NewThing thing) {
			return thing.name();
		}

		record NewThing(@NotBlank String name) {
		}

		@GetMapping("/open")
		String open() {
			return "anyone";
		}

		@GetMapping("/dashboard/owners-only")
		String ownersOnly(@AuthenticationPrincipal DistribuPrincipal me) {
			me.requireRole(Role.OWNER);
			return "hello owner";
		}

	}

	@Controller
	static class Pages {

		@GetMapping("/dashboard/page")
		@ResponseBody
		String page() {
			return "dashboard";
		}

		@GetMapping("/dashboard/missing")
		String missing() {
			throw new NotFound("Order 42");
		}

		@GetMapping("/dashboard/sample")
		String sample() {
			return "sample";
		}

		@GetMapping("/store/{slug}/account")
		@ResponseBody
		String storeAccount(@AuthenticationPrincipal DistribuPrincipal me) {
			return "contact of " + me.companySlug();
		}

		@PostMapping("/dashboard/form")
		@ResponseBody
		String form() {
			return "submitted";
		}

	}

}
