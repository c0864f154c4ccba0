local out = {}
for _, f in ipairs({"i", "f", "d", "s", "c2", "bi", "bbs"}) do
  local ok, err = pcall(struct.pack, f, 1)
  out[#out + 1] = f .. "=" .. tostring(ok) .. ":" .. tostring(err)
end
return table.concat(out, "|")
