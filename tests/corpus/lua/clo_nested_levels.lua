local a = 1
local function l1()
  local b = 2
  local function l2()
    local c = 3
    local function l3()
      a, b, c = a + 10, b + 10, c + 10
      return a + b + c
    end
    return l3() + c
  end
  return l2() + b
end
print(l1(), a)
