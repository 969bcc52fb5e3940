package org.kzcz.relations.drills;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http will not send: a forged Host, a
 * request line or headers of any size.
 */
final class RawHttp {

	private final int port;

	private final InetAddress from;

	RawHttp(int port) {
		this(port, null);
	}

	/**
	 * Connects from the given local address (any of 127.0.0.0/8 on the loopback), so the
	 * server sees a client of that address; {@code null} lets the system choose.
	 */
	RawHttp(int port, InetAddress from) {
		this.port = port;
		this.from = from;
	}

	/**
	 * Sends a GET with the given extra header lines (each "Name: value") and reads the
	 * whole answer (the server closes the connection).
	 */
	Response get(String target, String host, String... headers) throws IOException {
		StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: ").append(host);
		for (String header : headers) {
			request.append("\r\n").append(header);
		}
		request.append("\r\nConnection: close\r\n\r\n");
		try (Socket socket = (this.from != null) ? new Socket(InetAddress.getLoopbackAddress(), this.port, this.from, 0)
				: new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
			}
			catch (SocketException ex) {
				// The server may answer and close before it has read everything sent.
			}
			return Response.parse(readAll(socket.getInputStream()));
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (SocketException ex) {
			// A reset after the answer: keep what arrived.
		}
		return bytes.toString(StandardCharsets.ISO_8859_1);
	}

	/** An answer read off the socket, its body de-chunked. */
	record Response(int status, String head, String body) {

		static Response parse(String response) {
			int headerEnd = response.indexOf("\r\n\r\n");
			String head = (headerEnd >= 0) ? response.substring(0, headerEnd) : response;
			String body = (headerEnd >= 0) ? response.substring(headerEnd + 4) : "";
			String[] statusLine = head.split("\r\n", 2)[0].split(" ");
			int status = (statusLine.length > 1) ? Integer.parseInt(statusLine[1]) : 0;
			Response parsed = new Response(status, head, body);
			return "chunked".equalsIgnoreCase(parsed.header("Transfer-Encoding"))
					? new Response(status, head, dechunk(body)) : parsed;
		}

		private static String dechunk(String chunked) {
			StringBuilder body = new StringBuilder();
			int at = 0;
			while (at < chunked.length()) {
				int lineEnd = chunked.indexOf("\r\n", at);
				int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
				if (size == 0) {
					break;
				}
				body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
			return body.toString();
		}

		String header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			for (String line : this.head.split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
					return line.substring(prefix.length()).trim();
				}
			}
			return null;
		}

	}

}
