repeat until
