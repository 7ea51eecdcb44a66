package app.distribu.platform.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny DNS server on 127.0.0.1 (UDP, a random port) that answers TXT questions from a
 * map the test fills, and NXDOMAIN otherwise: custom-domain verification is tested
 * against real DNS packets without any traffic leaving the machine. Point the service at
 * {@link #address()} ({@code DNS_SERVERS}).
 */
public final class LoopbackDns implements AutoCloseable {

	private static final int TXT = 16;

	private final DatagramSocket socket;

	private final Map<String, List<String>> txt = new ConcurrentHashMap<>();

	private final Thread thread;

	public LoopbackDns() {
		try {
			this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
		}
		catch (SocketException ex) {
			throw new UncheckedIOException(ex);
		}
		this.thread = new Thread(this::serve, "loopback-dns");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** {@code 127.0.0.1:port}. */
	public String address() {
		return "127.0.0.1:" + this.socket.getLocalPort();
	}

	/** Publishes TXT records at a name (replacing earlier ones). */
	public void txt(String name, String... values) {
		this.txt.put(name.toLowerCase(Locale.ROOT), List.of(values));
	}

	private void serve() {
		byte[] buffer = new byte[512];
		while (!this.socket.isClosed()) {
			try {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				this.socket.receive(packet);
				byte[] answer = answer(ByteBuffer.wrap(packet.getData(), 0, packet.getLength()));
				this.socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
			}
			catch (IOException | RuntimeException ex) {
				if (this.socket.isClosed()) {
					return;
				}
			}
		}
	}

	private byte[] answer(ByteBuffer query) {
		short id = query.getShort();
		query.getShort();
		query.getShort();
		query.position(12);
		StringBuilder name = new StringBuilder();
		int length;
		while ((length = query.get() & 0xFF) > 0) {
			byte[] label = new byte[length];
			query.get(label);
			name.append(name.isEmpty() ? "" : ".").append(new String(label, StandardCharsets.US_ASCII));
		}
		int type = query.getShort() & 0xFFFF;
		query.getShort();
		int questionEnd = query.position();
		List<String> values = (type == TXT) ? this.txt.get(name.toString().toLowerCase(Locale.ROOT)) : null;
		boolean known = this.txt.containsKey(name.toString().toLowerCase(Locale.ROOT));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteBuffer header = ByteBuffer.allocate(12);
		header.putShort(id);
		// Response, authoritative, recursion desired and available; NXDOMAIN when
		// unknown.
		header.putShort((short) (0x8580 | (known ? 0 : 3)));
		header.putShort((short) 1);
		header.putShort((short) ((values != null) ? values.size() : 0));
		header.putShort((short) 0);
		header.putShort((short) 0);
		out.writeBytes(header.array());
		out.write(query.array(), 12, questionEnd - 12);
		if (values != null) {
			for (String value : values) {
				byte[] text = value.getBytes(StandardCharsets.UTF_8);
				ByteBuffer record = ByteBuffer.allocate(12 + 1 + text.length);
				record.putShort((short) 0xC00C);
				record.putShort((short) TXT);
				record.putShort((short) 1);
				record.putInt(60);
				record.putShort((short) (text.length + 1));
				record.put((byte) text.length);
				record.put(text);
				out.writeBytes(record.array());
			}
		}
		return out.toByteArray();
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
