-- uncaught runtime error: newindex nil global
print("global set")
missing_table.key = "value"
print("not reached")
print("not reached")
