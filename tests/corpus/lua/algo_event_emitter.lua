local Emitter = {}
Emitter.__index = Emitter
function Emitter.new() return setmetatable({handlers = {}}, Emitter) end
function Emitter:on(ev, fn) local h = self.handlers[ev] or {} h[#h + 1] = fn self.handlers[ev] = h end
function Emitter:emit(ev, ...) local n = 0 for _, fn in ipairs(self.handlers[ev] or {}) do fn(...) n = n + 1 end return n end
local e = Emitter.new()
local log = {}
e:on("x", function(a) log[#log + 1] = "h1:" .. a end)
e:on("x", function(a, b) log[#log + 1] = "h2:" .. a .. (b or "") end)
print(e:emit("x", "p", "q"), e:emit("none"))
print(table.concat(log, " "))
