local transitions = {idle = {start = "running"}, running = {pause = "paused", stop = "idle"}, paused = {resume = "running", stop = "idle"}}
local state = "idle"
local events = {"start", "pause", "bogus", "resume", "stop", "stop"}
for _, ev in ipairs(events) do
  local nxt = transitions[state][ev]
  if nxt then print(state .. " --" .. ev .. "--> " .. nxt) state = nxt
  else print(state .. " ignores " .. ev) end
end
