package app.distribu.platform.events;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A bare service: only the platform's auto-configuration, a database and a broker. */
@SpringBootApplication
class OutboxTestApplication {

}
