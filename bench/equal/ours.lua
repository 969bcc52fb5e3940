-- Our endpoint under wrk, two ways the plain URL cannot: args "miss" makes every request a response-cache miss,
-- "delay=MS" paces each connection (one request, then MS ms of quiet) for a fixed, lower rate.
--   wrk -t2 -c8 -d10s -s bench/equal/ours.lua URL -- [miss] [delay=MS]
-- A miss carries an Accept header that no other request sends: a media type of its own beside application/json,
-- which still wins the negotiation. The answer and the work are those of the plain request; only the cache key
-- (path, query, Accept) differs, so nothing is answered from memory.
local miss = false
local pause = 0
local counter = 0
local prefix = ""
local index = 0

function setup(thread)
  index = index + 1
  thread:set("prefix", index .. "-" .. os.time())
end

function init(args)
  prefix = wrk.thread:get("prefix")
  for _, arg in ipairs(args) do
    if arg == "miss" then miss = true end
    local ms = arg:match("^delay=([%d.]+)$")
    if ms then pause = tonumber(ms) end
  end
end

function request()
  if not miss then return wrk.format("GET") end
  counter = counter + 1
  return wrk.format("GET", nil, { ["Accept"] = "application/json, application/x-bench-miss-" .. prefix .. "-" .. counter .. ";q=0.1" })
end

function delay()
  return pause
end
