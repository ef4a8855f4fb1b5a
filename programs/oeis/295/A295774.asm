; A295774: a(n) is the minimum size of a restricted planar additive basis for the square [0,2n]^2.
; Formula: a(n) = max(4*n,1)
; 1,4,8,12,16,20,24,28,32,36,40,44,48,52,56,60,64,68,72,76,80,84,88,92

mul $0,4
max $0,1
