print("tab\tend")
print("a\\b", 'q\'s', "d\"q")
print("\97\98\99", "\065\066", "\0491")
print(#"\0", #"a\0b", ("a\0b"):byte(2))
print("bell\a" == "bell\7", "\b" == "\8", "\f" == "\12", "\v" == "\11", "\r" == "\13")
print("line\
break")
print('\n' == "\10", "\255" == string.char(255))
print(("\x"):len())
