"""HTTP clients for drills/cluster.sh, over keep-alive connections (curl per request would measure curl).

  cluster-client.py propagation WRITER_URL KEY READER_URL...
      a write through one replica; how long until each reader's ETag moves (ms), polling every 5 ms
  cluster-client.py budget URL SOURCE_ADDRESS COUNT [X-Forwarded-For ...]
      COUNT GETs from SOURCE_ADDRESS (a loopback address), with the X-Forwarded-For values in turn;
      prints "admitted refused errors"
"""
import http.client
import json
import sys
import time
import urllib.parse


def connection(url, source=None):
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=10,
                                      source_address=(source, 0) if source else None), parts.path + (
        "?" + parts.query if parts.query else "")


def etag(url, previous=None):
    conn, path = connection(url)
    headers = {"If-None-Match": previous} if previous else {}
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.getheader("ETag") if response.status in (200, 304) else None


def propagation(writer, key, readers):
    before = {reader: etag(reader) for reader in readers}
    conn, _ = connection(writer)
    slug = "cluster-drill-etag-%d" % time.time_ns()
    body = json.dumps({"slug": slug, "title": "Cluster drill", "kind": "OTHER", "language": "en"})
    conn.request("POST", "/api/v1/sources", body=body,
                 headers={"X-API-Key": key, "Content-Type": "application/json"})
    response = conn.getresponse()
    response.read()
    acknowledged = time.monotonic()
    if response.status != 201:
        print("write refused: %d" % response.status)
        sys.exit(1)
    waited = {}
    while len(waited) < len(readers) and time.monotonic() - acknowledged < 5:
        for reader in readers:
            if reader not in waited and etag(reader, before[reader]) not in (None, before[reader]):
                waited[reader] = (time.monotonic() - acknowledged) * 1000
        time.sleep(0.005)
    print(" ".join("%.0f" % waited.get(reader, 99999) for reader in readers))


def budget(url, source, count, forwarded):
    conn, path = connection(url, source)
    admitted = refused = errors = 0
    for i in range(count):
        headers = {"X-Forwarded-For": forwarded[i % len(forwarded)]} if forwarded else {}
        try:
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status in (200, 304):
                admitted += 1
            elif response.status == 429:
                refused += 1
            else:
                errors += 1
        except (OSError, http.client.HTTPException):
            errors += 1
            conn.close()
            conn, path = connection(url, source)
    print(admitted, refused, errors)


if __name__ == "__main__":
    if sys.argv[1] == "propagation":
        propagation(sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        budget(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:])
