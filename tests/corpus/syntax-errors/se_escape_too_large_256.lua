print("ok")
x = "abc\256def"
