package app.distribu.platform.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.web.NotFound;

/**
 * The operator's view of events that need a person, on every service: dead letters
 * (replay or discard) and parked outbox rows (retry). Under {@code /internal}, which the
 * gateway never routes, and for support staff only (see docs/platform.md).
 */
@RestController
public class EventOperationsApi {

	private static final int LIMIT = 500;

	private final DeadLetters deadLetters;

	private final DeadLetterReplay replay;

	private final ParkedEvents parked;

	public EventOperationsApi(DeadLetters deadLetters, DeadLetterReplay replay, ParkedEvents parked) {
		this.deadLetters = deadLetters;
		this.replay = replay;
		this.parked = parked;
	}

	@GetMapping("/internal/dead-letters")
	Map<String, List<DeadLetter>> deadLetters(@AuthenticationPrincipal DistribuPrincipal me) {
		me.requireSupport();
		return Map.of("data", this.deadLetters.open(LIMIT));
	}

	@PostMapping("/internal/dead-letters/{id}/replay")
	DeadLetter replay(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		me.requireSupport();
		return this.replay.replay(id);
	}

	@PostMapping("/internal/dead-letters/{id}/discard")
	ResponseEntity<Void> discard(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID id) {
		me.requireSupport();
		if (!this.deadLetters.discard(id)) {
			throw new NotFound("Open dead letter " + id);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/internal/outbox/parked")
	Map<String, List<ParkedEvent>> parked(@AuthenticationPrincipal DistribuPrincipal me) {
		me.requireSupport();
		return Map.of("data", this.parked.list(LIMIT));
	}

	@PostMapping("/internal/outbox/parked/{eventId}/retry")
	ResponseEntity<Void> retry(@AuthenticationPrincipal DistribuPrincipal me, @PathVariable UUID eventId) {
		me.requireSupport();
		if (!this.parked.retry(eventId)) {
			throw new NotFound("Parked event " + eventId);
		}
		return ResponseEntity.noContent().build();
	}

}
