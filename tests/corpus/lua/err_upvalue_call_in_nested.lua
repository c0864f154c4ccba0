local handlers = {}
local function dispatch(name)
  local h = handlers[name]
  return (function() return h() end)()
end
print("dispatching")
dispatch("go")
