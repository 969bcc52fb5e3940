"""Reads every GET of the API's data and writes {path: "status body"} as JSON, for the backup-restore drill.

Every list page (following links.next), every item's self link, each audited resource's history (and each official
post's), the timeline, search, and the trade endpoints for every country, partner, indicator and year the stored
figures name. Extra paths (such as a deleted resource's history) can follow the output file on the command line.
Usage: snapshot.py BASE_URL OUT.json [EXTRA_PATH...]
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

base, out, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
answers = {}
AUDITED = {'sources', 'organizations', 'officials', 'meetings', 'agreements', 'projects', 'trade-figures'}


def get(path):
    if path in answers:
        return None
    # A fixed request id: problem bodies repeat it, and two snapshots must compare equal.
    request = urllib.request.Request(base + path, headers={'Accept': 'application/json', 'X-Request-Id': 'snapshot'})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
    answers[path] = f'{status} {body.decode("utf-8")}'
    return json.loads(body) if status == 200 else None


def pages(path):
    """Every item of a list, page after page."""
    items = []
    while path:
        page = get(path)
        if page is None:
            break
        items += page['items']
        path = page.get('links', {}).get('next')
    return items


for collection in ['countries', 'officials', 'organizations', 'meetings', 'agreements', 'projects', 'sources',
                   'trade-figures']:
    for item in pages(f'/api/v1/{collection}?page=0&size=200'):
        detail = get(item['self'])
        if collection in AUDITED:
            get(item['self'] + '/history')
        for post in (detail or {}).get('posts', []) if collection == 'officials' else []:
            if post.get('id') is not None:
                get(f"{item['self']}/posts/{post['id']}")
                get(f"{item['self']}/posts/{post['id']}/history")

pages('/api/v1/timeline?page=0&size=200')
for query in ['Kazakhstan', 'Prague', 'Przewalski', 'trade', 'drill']:
    pages('/api/v1/search?q=' + urllib.parse.quote(query) + '&page=0&size=200')

figures = pages('/api/v1/trade-figures?page=0&size=200')
flows = sorted({(f['country'], f['partner']) for f in figures if f.get('country') and f.get('partner')})
years = sorted({f['periodStart'][:4] for f in figures if f.get('periodStart')})
indicators = sorted({f['indicator'] for f in figures} & {'EXPORTS', 'IMPORTS', 'TURNOVER', 'BALANCE'})
for figure in figures:
    if figure.get('series'):
        get(figure['series'])
for country, partner in flows:
    for indicator in indicators:
        get(f'/api/v1/trade/series?country={country}&partner={partner}&indicator={indicator}')
        get(f'/api/v1/trade/series?country={country}&partner={partner}&indicator={indicator}&format=csv')
    if years:
        get(f'/api/v1/trade/balance?country={country}&partner={partner}&from={years[0]}&to={years[-1]}')
    for year in years:
        get(f'/api/v1/trade/balance?country={country}&partner={partner}&year={year}')
        get(f'/api/v1/trade/comparison?country={country}&partner={partner}&year={year}')

for path in extra:
    get(path)

with open(out, 'w', encoding='utf-8') as file:
    json.dump(answers, file, ensure_ascii=False, sort_keys=True)
print(f'{len(answers)} responses, {sum(a.startswith("200 ") for a in answers.values())} of them 200')
