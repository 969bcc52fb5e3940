-- One logical request as a client of the peer makes it: a sequence of HTTP requests, each sent after the
-- previous answer arrived, later ones built from what earlier answers named (ids). Run with one connection per
-- wrk thread (-tN -cN), so each thread's Lua state drives exactly one connection in order.
--   wrk -t8 -c8 -d10s -s bench/equal/sequence.lua URL -- STEPS_FILE name=value ...
-- A steps file has one request a line: a path with {name} (every value captured so far under that name, joined
-- by commas; {name:FROM:TO} the FROM-th to TO-th of them) and then any number of captures, name=LUA_PATTERN, that
-- collect values from that request's answer. A step whose placeholders have no value is not sent (a client has
-- nothing to ask). done() prints SEQUENCES (completed logical requests) and FAILED (answers other than 2xx).

local steps = {}
local fixed = {}
local values = {}
local current = 1
sequences = 0
failed = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for i = 2, #args do
    local name, value = args[i]:match("^([%w_]+)=(.*)$")
    fixed[name] = value
  end
  for line in io.lines(args[1]) do
    if line:match("%S") and not line:match("^%s*#") then
      local fields = {}
      for field in line:gmatch("%S+") do table.insert(fields, field) end
      local step = { path = fields[1], captures = {} }
      for i = 2, #fields do
        local name, pattern = fields[i]:match("^([%w_]+)=(.+)$")
        table.insert(step.captures, { name = name, pattern = pattern })
      end
      table.insert(steps, step)
    end
  end
end

local function expand(path)
  local empty = false
  local expanded = path:gsub("{([%w_]+):?(%d*):?(%d*)}", function(name, from, to)
    if fixed[name] then return fixed[name] end
    local list = values[name] or {}
    local first, last = tonumber(from) or 1, math.min(tonumber(to) or #list, #list)
    local picked = {}
    for i = first, last do table.insert(picked, list[i]) end
    if #picked == 0 then empty = true end
    return table.concat(picked, ",")
  end)
  if empty then return nil end
  return expanded
end

local function restart()
  sequences = sequences + 1
  current = 1
  values = {}
end

function request()
  while true do
    if current > #steps then restart() end
    local path = expand(steps[current].path)
    if path then return wrk.format("GET", path) end
    current = current + 1
  end
end

function response(status, headers, body)
  if status < 200 or status > 299 then failed = failed + 1 end
  for _, capture in ipairs(steps[current].captures) do
    local list = values[capture.name] or {}
    local seen = {}
    for _, v in ipairs(list) do seen[v] = true end
    for value in body:gmatch(capture.pattern) do
      if not seen[value] then table.insert(list, value); seen[value] = true end
    end
    values[capture.name] = list
  end
  current = current + 1
  if current > #steps then restart() end
end

function done(summary, latency, requests)
  local total, bad = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("sequences")
    bad = bad + thread:get("failed")
  end
  io.write(string.format("SEQUENCES %d\nFAILED %d\nSECONDS %.3f\n", total, bad, summary.duration / 1e6))
end
