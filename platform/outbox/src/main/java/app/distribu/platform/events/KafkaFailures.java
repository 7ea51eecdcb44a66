package app.distribu.platform.events;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/** Which failures say something about one record, and which about the world around it. */
final class KafkaFailures {

	/** Kafka refuses these records for what they are; sending again cannot help. */
	private static final List<Class<? extends Throwable>> POISON = List.of(RecordTooLargeException.class,
			RecordBatchTooLargeException.class, InvalidTopicException.class, SerializationException.class);

	/**
	 * A database, network or neighbour that is down: every other event would fail alike,
	 * so the event waits rather than going to the dead letters.
	 */
	private static final List<Class<? extends Throwable>> OUTAGE = List.of(DataAccessResourceFailureException.class,
			TransientDataAccessException.class, QueryTimeoutException.class, CannotCreateTransactionException.class,
			ResourceAccessException.class, HttpServerErrorException.class, ConnectException.class,
			SocketTimeoutException.class);

	private KafkaFailures() {
	}

	/** A send failure that will happen again however often the record is sent. */
	static boolean isPoison(Throwable failure) {
		return causedByAny(failure, POISON);
	}

	/** A handler failure caused by an outage rather than by the event. */
	static boolean isOutage(Throwable failure) {
		return causedByAny(failure, OUTAGE);
	}

	/** The root cause, which names what went wrong; wrappers only say where. */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.toString();
	}

	private static boolean causedByAny(Throwable failure, List<Class<? extends Throwable>> kinds) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Class<? extends Throwable> kind : kinds) {
				if (kind.isInstance(cause)) {
					return true;
				}
			}
		}
		return false;
	}

}
