local out = {}
for _, f in ipairs({"", "b", "h", "i", "l", "T", "f", "d", "x", "c10", "i7", "I16", "bhil", "!bhil", "!4d b d", "<>!2", "z", "c"}) do
  out[#out + 1] = f .. "=" .. struct.size(f)
end
return table.concat(out, ",")
