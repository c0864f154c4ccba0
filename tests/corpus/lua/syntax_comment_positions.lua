local a = --[[ c ]] 5 -- trailing
local b = { -- open
  1, --[[ mid ]] 2,
  -- line
  3 }
print(a, #b) --[==[ end ]==]
print( --[[x]] "ok" --[[y]] )
