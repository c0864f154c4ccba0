function g(a)
  local t = {...}
end
