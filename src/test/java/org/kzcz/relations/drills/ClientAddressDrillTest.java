package org.kzcz.relations.drills;

import java.net.InetAddress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kzcz.relations.common.guards.RequestLogFilter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who the client is, behind proxies, over real HTTP: Tomcat's RemoteIpValve reads
 * {@code X-Forwarded-For} only on connections from a trusted proxy. Here the trusted
 * proxy is 127.0.0.2 alone, so connections from 127.0.0.1 and 127.0.0.3 are untrusted
 * clients (the default trusts loopback and the private ranges, which would leave no
 * untrusted address on this machine). The rate limit (five a minute) and the access log
 * show whom the server took the request for.
 */
@DrillServer
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "app.rate-limit.enabled=true", "app.rate-limit.anonymous-per-minute=5",
		"server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.2" })
class ClientAddressDrillTest {

	@LocalServerPort
	int port;

	@Autowired
	LoggingSystem logging;

	@BeforeEach
	void accessLogOn() {
		this.logging.setLogLevel(RequestLogFilter.class.getName(), LogLevel.INFO);
	}

	@AfterEach
	void accessLogOff() {
		this.logging.setLogLevel(RequestLogFilter.class.getName(), LogLevel.WARN);
	}

	@Test
	void anUntrustedClientCannotClaimAnotherAddress(CapturedOutput output) throws Exception {
		RawHttp client = new RawHttp(this.port, InetAddress.getByName("127.0.0.1"));
		int first = remaining(client.get("/api/v1/countries/KZ", "localhost", "X-Forwarded-For: 203.0.113.10"));
		int second = remaining(client.get("/api/v1/countries/KZ", "localhost", "X-Forwarded-For: 203.0.113.11"));
		int third = remaining(client.get("/api/v1/countries/KZ", "localhost", "Forwarded: for=203.0.113.12"));
		assertThat(second).isEqualTo(first - 1);
		assertThat(third).isEqualTo(first - 2);
		assertThat(output.getOut()).contains("GET /api/v1/countries/{code} 200").contains("client=127.0.0.1");
		assertThat(output.getOut()).doesNotContain("203.0.113.");
	}

	@Test
	void twoClientsBehindATrustedProxyGetABudgetEach(CapturedOutput output) throws Exception {
		RawHttp proxy = new RawHttp(this.port, InetAddress.getByName("127.0.0.2"));
		RawHttp.Response jana = proxy.get("/api/v1/countries/KZ", "localhost", "X-Forwarded-For: 198.51.100.1");
		RawHttp.Response petr = proxy.get("/api/v1/countries/KZ", "localhost", "X-Forwarded-For: 198.51.100.2");
		RawHttp.Response janaAgain = proxy.get("/api/v1/countries/KZ", "localhost", "X-Forwarded-For: 198.51.100.1");
		assertThat(jana.status()).isEqualTo(200);
		assertThat(remaining(jana)).isEqualTo(4);
		assertThat(remaining(petr)).isEqualTo(4);
		assertThat(remaining(janaAgain)).isEqualTo(3);
		assertThat(output.getOut()).contains("client=198.51.100.1").contains("client=198.51.100.2");
	}

	@Test
	void anAddressWrittenByTheClientBeforeTheProxysOwnIsIgnored(CapturedOutput output) throws Exception {
		RawHttp proxy = new RawHttp(this.port, InetAddress.getByName("127.0.0.2"));
		// The proxy appends the address it saw (198.51.100.3) to what the client sent.
		RawHttp.Response first = proxy.get("/api/v1/countries/KZ", "localhost",
				"X-Forwarded-For: 198.51.100.77, 198.51.100.3");
		RawHttp.Response second = proxy.get("/api/v1/countries/KZ", "localhost",
				"X-Forwarded-For: 198.51.100.78, 198.51.100.3");
		assertThat(remaining(first)).isEqualTo(4);
		assertThat(remaining(second)).isEqualTo(3);
		assertThat(output.getOut()).contains("client=198.51.100.3").doesNotContain("198.51.100.7");
	}

	@Test
	void theForwardedHeaderIsNotReadEvenFromATrustedProxy() throws Exception {
		RawHttp proxy = new RawHttp(this.port, InetAddress.getByName("127.0.0.2"));
		int first = remaining(proxy.get("/api/v1/countries/KZ", "localhost", "Forwarded: for=192.0.2.50"));
		int second = remaining(proxy.get("/api/v1/countries/KZ", "localhost", "Forwarded: for=192.0.2.51"));
		assertThat(second).isEqualTo(first - 1);
	}

	@Test
	void aSpentBudgetIsRefusedWhateverAddressTheUntrustedClientClaims() throws Exception {
		RawHttp client = new RawHttp(this.port, InetAddress.getByName("127.0.0.3"));
		RawHttp.Response last = null;
		for (int i = 0; i < 7; i++) {
			last = client.get("/api/v1/countries/KZ", "localhost", "X-Forwarded-For: 203.0.113." + (100 + i));
		}
		assertThat(last.status()).isEqualTo(429);
		assertThat(last.header("Content-Type")).startsWith("application/problem+json");
	}

	private static int remaining(RawHttp.Response response) {
		assertThat(response.status()).as(response.head()).isIn(200, 429);
		return Integer.parseInt(response.header("RateLimit-Remaining"));
	}

}
