x = "a":upper()
