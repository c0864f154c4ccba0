local callable = setmetatable({n = 0}, {__call = function(self, a, b)
  self.n = self.n + 1
  return a + b, self.n
end})
print(callable(1, 2))
print(callable(3, 4))
print(pcall(callable, 5, 6))
local obj = {f = callable}
print(obj.f(10, 20))
local t = {callable(1, 1)}
print(#t)
