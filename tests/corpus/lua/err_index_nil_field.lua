-- uncaught runtime error: index nil field
local cfg = {db = {}}
print(cfg.db.host)
print(cfg.db.host.port)
print("not reached")
