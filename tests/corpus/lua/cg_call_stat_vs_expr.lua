local log = {}
local function note(x) log[#log + 1] = x return x end
note(1)
local v = note(2)
note(note(3))
print(note(4), #log)
local t = {note(5), note(6)}
print(#log, table.concat(log, ","))
