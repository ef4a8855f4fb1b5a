; P000001: sum of two inputs
#inputs 2
#outputs 1

add $0,$1
