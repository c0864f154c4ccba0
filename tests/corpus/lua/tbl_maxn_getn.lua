local t = {1, 2, 3, [10] = 10, [5.5] = 1}
print(table.maxn(t), #t)
print(table.maxn({}), table.maxn({[-1] = 1}))
print(table.getn and "has getn" or "no getn")
print(type(table.foreach), type(table.setn))
