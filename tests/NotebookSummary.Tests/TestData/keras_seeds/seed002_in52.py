print(model.summary())

assert(7 * (20+1) == 147)
assert(13 * (7+1) == 104)
assert(1 * (13+1) == 14)
