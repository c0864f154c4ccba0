t = {}
t.end = 1
