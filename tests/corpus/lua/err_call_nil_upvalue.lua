local cb
local function run()
  return cb("x")
end
print("calling")
run()
