local ... = 1
