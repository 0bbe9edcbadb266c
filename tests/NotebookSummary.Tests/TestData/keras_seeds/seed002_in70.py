print(model.summary())

assert(13 * 7 == 91)
print(2108/17, 'then?')
assert(1 * (17+1) == 18)
