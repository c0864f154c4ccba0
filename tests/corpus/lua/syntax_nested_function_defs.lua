local M = {sub = {}}
function M.f() return "M.f" end
function M.sub.g() return "M.sub.g" end
function M.sub:h() return self == M.sub end
function M:i() return self == M end
print(M.f(), M.sub.g(), M.sub:h(), M:i())
function M.sub.deep() return function() return "inner" end end
print(M.sub.deep()())
