package org.kzcz.relations.drills;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.kzcz.relations.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill 6 (spec-driven fuzzing): requests generated from our own OpenAPI document, for
 * every operation, with valid and boundary-breaking values for every parameter and random
 * bodies for write routes, with and without credentials. Every response is checked
 * against the document. Figure: requests sent, 5xx answers (must be 0), responses that
 * break the document (must be 0).
 * <p>
 * {@code -Ddrills.fuzz.requests=N} sets the requests per operation: {@code ./mvnw verify}
 * runs 200 (the pom's {@code drills.fuzz.requests}), {@code drills/long-fuzz} (in
 * {@code .ci/run}) 10 000, {@code -Ddrills.fuzz.seed=S} the seed,
 * {@code -Ddrills.fuzz.threads=T} the client threads, {@code -Ddrills.fuzz.only=REGEX}
 * limits it to the operations (e.g. {@code "GET /api/v1/officials.*"}) it matches.
 */
@IntegrationTest
class SpecFuzzDrillTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int REQUESTS_PER_OPERATION = Integer.getInteger("drills.fuzz.requests", 10_000);

	private static final long SEED = Long.getLong("drills.fuzz.seed", 20261122L);

	private static final int THREADS = Integer.getInteger("drills.fuzz.threads",
			Math.max(2, Runtime.getRuntime().availableProcessors()));

	private static final String ONLY = System.getProperty("drills.fuzz.only", ".*");

	private static final int CHUNK = 250;

	private static final int SAMPLES = 40;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private FuzzRecords records;

	static final AtomicLong PERFORM = new AtomicLong();

	static final AtomicLong VALIDATE = new AtomicLong();

	static final AtomicLong GENERATE = new AtomicLong();

	static final Map<String, AtomicLong> GENERATE_BY_OPERATION = new ConcurrentHashMap<>();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong serverErrors = new AtomicLong();

	private final AtomicLong violations = new AtomicLong();

	private final Map<String, String> samples = Collections.synchronizedMap(new LinkedHashMap<>());

	private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();

	@Test
	void everyOperationKeepsToTheDocumentUnderFuzzing() throws Exception {
		this.records = new FuzzRecords(this.mvc);
		String document = this.mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		OpenAPI api = new OpenAPIV3Parser().readContents(document, null, options).getOpenAPI();
		ContractCheck contract = new ContractCheck(document);
		DrillKeys keys = DrillKeys.create(this.mvc, "fuzz drill");
		Map<String, List<String>> ids = harvestIds(api);
		this.records.createFixtures();
		FuzzPools pools = new FuzzPools(ids, this.records.references(), keys.curator(), keys.admin(), keys.revoked());
		List<OpenApiFuzzer.FuzzOperation> operations = new OpenApiFuzzer(api, pools).operations()
			.stream()
			.filter((operation) -> operation.key().matches(ONLY))
			.toList();

		long started = System.nanoTime();
		List<Chunk> chunks = new ArrayList<>();
		for (int op = 0; op < operations.size(); op++) {
			for (int chunk = 0; chunk * CHUNK < REQUESTS_PER_OPERATION; chunk++) {
				chunks.add(new Chunk(operations.get(op), SEED * 1_000_003L + op * 10_007L + chunk,
						Math.min(CHUNK, REQUESTS_PER_OPERATION - chunk * CHUNK)));
			}
		}
		Collections.shuffle(chunks, new Random(SEED));
		// jqwik's generators run in a session on this thread; the client threads only
		// send.
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		Semaphore inFlight = new Semaphore(THREADS * 2);
		JqwikSession.start();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (Chunk chunk : chunks) {
				Random random = new Random(chunk.seed());
				RandomGenerator<FuzzRequest> generator = chunk.operation().requests().generator(1000, true);
				List<FuzzRequest> requests = new ArrayList<>(chunk.count());
				long g0 = System.nanoTime();
				for (int i = 0; i < chunk.count(); i++) {
					requests.add(generator.next(random).value());
				}
				GENERATE.addAndGet(System.nanoTime() - g0);
				GENERATE_BY_OPERATION.computeIfAbsent(chunk.operation().key(), (k) -> new AtomicLong())
					.addAndGet(System.nanoTime() - g0);
				inFlight.acquire();
				futures.add(executor.submit(() -> {
					try {
						Random picks = new Random(chunk.seed());
						requests.forEach((request) -> send(request, picks, contract));
					}
					finally {
						inFlight.release();
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			JqwikSession.finish();
			executor.shutdownNow();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		int removed = this.records.removeAll();
		List<String> leftovers = this.records.leftovers(this.jdbc);

		new TreeMap<>(this.statuses)
			.forEach((operation, counts) -> System.out.println("fuzz " + operation + " " + new TreeMap<>(counts)));
		this.samples.forEach((kind, example) -> System.out.println("fuzz finding " + kind + "\n    " + example));
		this.records.fixtureProblems().forEach((problem) -> System.out.println("fuzz fixture refused: " + problem));
		System.out.println("timing perform " + PERFORM.get() / 1_000_000 + " ms, validate " + VALIDATE.get() / 1_000_000
				+ " ms, generate " + GENERATE.get() / 1_000_000 + " ms");
		GENERATE_BY_OPERATION.entrySet()
			.stream()
			.sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
			.limit(12)
			.forEach((e) -> System.out
				.println("timing generate " + e.getKey() + " " + e.getValue().get() / 1_000_000 + " ms"));
		System.out.println("DRILL fuzz: " + this.sent.get() + " requests (" + operations.size() + " operations x "
				+ REQUESTS_PER_OPERATION + ", " + THREADS + " threads, " + took.toSeconds() + " s, seed " + SEED + ", "
				+ removed + " fuzz-created records removed), " + this.serverErrors.get() + " 5xx, "
				+ this.violations.get() + " contract violations");
		assertThat(this.samples).as("5xx answers and responses that break the OpenAPI document").isEmpty();
		assertThat(leftovers).as("records the fuzzer created and could not remove").isEmpty();
		assertThat(this.serverErrors.get()).isZero();
		assertThat(this.violations.get()).isZero();
		assertThat(this.sent.get()).isEqualTo((long) operations.size() * REQUESTS_PER_OPERATION);
	}

	private void send(FuzzRequest request, Random random, ContractCheck contract) {
		String path = request.path();
		String target = null;
		if (path.contains(FuzzRequest.OWNED)) {
			target = this.records.resolve(request.template(), request.method(), random);
			path = (target != null) ? target : path.replace(FuzzRequest.OWNED, "fuzz-none-owned");
		}
		boolean owned = target != null && this.records.owns(target);
		String uri = path + (request.query().isEmpty() ? "" : "?" + request.query());
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method()),
				URI.create(uri));
		request.headers().forEach((name, value) -> {
			if (value.equals(FuzzRequest.ANY_VERSION)) {
				value = owned ? "*" : "\"v987654\"";
			}
			builder.header(name, value);
		});
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		if (request.body() != null) {
			builder.content(request.body());
		}
		this.sent.incrementAndGet();
		MockHttpServletResponse response;
		try {
			long t0 = System.nanoTime();
			response = this.mvc.perform(builder).andReturn().getResponse();
			PERFORM.addAndGet(System.nanoTime() - t0);
		}
		catch (Exception ex) {
			this.serverErrors.incrementAndGet();
			sample("unhandled " + ex.getClass().getSimpleName() + " on " + request.operation(),
					request.describe() + " -> " + abbreviate(ex.toString()));
			return;
		}
		int status = response.getStatus();
		this.statuses.computeIfAbsent(request.operation(), (k) -> new ConcurrentHashMap<>())
			.computeIfAbsent(status, (k) -> new AtomicLong())
			.incrementAndGet();
		byte[] body = response.getContentAsByteArray();
		if (status >= 500) {
			this.serverErrors.incrementAndGet();
			sample(status + " on " + request.operation(),
					request.describe() + " -> " + new String(body, StandardCharsets.UTF_8));
		}
		long t1 = System.nanoTime();
		List<String> broken = new ArrayList<>(contract.violations(request.operation(), request.method(), path, status,
				response.getContentType(), body));
		VALIDATE.addAndGet(System.nanoTime() - t1);
		boolean change = request.method().equals("PUT") || request.method().equals("PATCH")
				|| request.method().equals("DELETE");
		if (change && status < 300 && !owned) {
			broken.add("stale-write: a change to a record the fuzzer does not own succeeded (its If-Match never"
					+ " matches such records)");
		}
		if (!broken.isEmpty()) {
			this.violations.incrementAndGet();
			sample("contract " + request.operation() + " " + status + " " + broken.get(0).split(":")[0],
					request.describe() + " (sent to " + path + ") -> " + status + " " + response.getContentType() + " "
							+ abbreviate(new String(body, StandardCharsets.UTF_8)) + "\n    " + broken);
		}
		track(request.method(), path, owned, status, response, body);
	}

	private void track(String method, String path, boolean owned, int status, MockHttpServletResponse response,
			byte[] body) {
		if (method.equals("POST") && status == 201 && response.getHeader("Location") != null) {
			this.records.created(response.getHeader("Location"));
		}
		else if (owned && method.equals("DELETE") && status == 204) {
			this.records.deleted(path);
		}
		else if (owned && (method.equals("PUT") || method.equals("PATCH")) && status == 200) {
			String self = JSON.readTree(body).path("self").asString("");
			if (!self.isEmpty() && !self.equals(path)) {
				this.records.moved(path, self);
			}
		}
	}

	private void sample(String kind, String example) {
		synchronized (this.samples) {
			if (this.samples.size() < SAMPLES) {
				this.samples.putIfAbsent(kind, example);
			}
		}
	}

	/**
	 * Ids of every list endpoint's items, so generated requests can name real records.
	 */
	private Map<String, List<String>> harvestIds(OpenAPI api) throws Exception {
		Map<String, List<String>> ids = new TreeMap<>();
		for (String template : api.getPaths().keySet()) {
			if (!template.matches("/api/v1/[a-z-]+") || api.getPaths().get(template).getGet() == null) {
				continue;
			}
			String body = this.mvc.perform(MockMvcRequestBuilders.get(template + "?size=200"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			List<String> found = new ArrayList<>();
			for (JsonNode item : JSON.readTree(body).path("items")) {
				String id = item.path("id").asString(item.path("code").asString(""));
				if (!id.isEmpty()) {
					found.add(id);
				}
			}
			if (!found.isEmpty()) {
				ids.put(OpenApiFuzzer.collectionOf(template), found);
			}
		}
		ids.put("trade-figures", List.of("1", "2", "3", "10", "20"));
		return ids;
	}

	private record Chunk(OpenApiFuzzer.FuzzOperation operation, long seed, int count) {
	}

	private static String abbreviate(String text) {
		return (text.length() > 400) ? text.substring(0, 400) + "..." : text;
	}

}
