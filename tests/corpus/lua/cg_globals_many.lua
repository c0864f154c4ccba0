A1, A2, A3 = 1, 2, 3
B = A1 + A2 * A3
C = {A1, A2, A3}
D = C[2] + #C
E = _G.A1 + _G["A2"]
print(A1, A2, A3, B, D, E)
_G.F = "f"
print(F, rawget(_G, "F"))
