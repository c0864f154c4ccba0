-- uncaught runtime error: index nil upvalue
local state
local function read() return state.value end
print("reading")
print(read())
