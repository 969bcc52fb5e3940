package org.kzcz.relations.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A frontend under development on an origin of its own (http://127.0.0.1 and a port of
 * its own: another origin than the API's, as scheme, host and port count), served by the
 * JDK's HTTP server. Its page loads {@code client.js}, whose {@code window.client.call}
 * sends a request to the API with {@code fetch} and answers what the page's script can
 * see of the response: status, the headers the API exposes, the body, or the browser's
 * error when it refused the request.
 */
final class Frontend implements AutoCloseable {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head><meta charset="utf-8"><title>A frontend on another origin</title>
			<script src="/client.js"></script></head>
			<body><h1>A frontend on another origin</h1></body>
			</html>
			""";

	private static final String CLIENT = """
			window.client = {
			  async call(url, init) {
			    try {
			      const response = await fetch(url, init);
			      const body = await response.text();
			      return {
			        status: response.status,
			        contentType: response.headers.get('Content-Type'),
			        etag: response.headers.get('ETag'),
			        body,
			      };
			    } catch (error) {
			      return { error: String(error) };
			    }
			  },
			};
			""";

	private final HttpServer server;

	private final ExecutorService executor;

	private Frontend(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	static Frontend start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
			server.createContext("/", (exchange) -> {
				String path = exchange.getRequestURI().getPath();
				if (path.equals("/")) {
					send(exchange, 200, "text/html; charset=utf-8", PAGE);
				}
				else if (path.equals("/client.js")) {
					send(exchange, 200, "text/javascript; charset=utf-8", CLIENT);
				}
				else {
					send(exchange, 404, "text/plain; charset=utf-8", "not here");
				}
			});
			ExecutorService executor = Executors.newCachedThreadPool((task) -> {
				Thread thread = new Thread(task, "frontend-origin");
				thread.setDaemon(true);
				return thread;
			});
			server.setExecutor(executor);
			server.start();
			return new Frontend(server, executor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** The origin, as a browser sends it in {@code Origin}. */
	String origin() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
